# case: POI category scorer sums per-category weighted counts with a generator expression over the rows of a tensor in construct -> fallback or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CategoryAttractiveness(nn.Cell):
    def __init__(self, num_categories=5):
        super().__init__()
        self.weights = ms.Parameter(Tensor(np.linspace(0.5, 1.5, num_categories).astype(np.float32)), name="cat_w")

    def construct(self, cat_counts):
        total = sum(row[k] * self.weights[k] for row in cat_counts for k in range(5))
        return total / cat_counts.shape[0]


def make():
    np.random.seed(22)
    counts = Tensor(np.random.poisson(3, size=(6, 5)).astype(np.float32))
    return CategoryAttractiveness(), (counts,)

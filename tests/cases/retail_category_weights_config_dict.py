# case: basket scorer reads per-category weights from a config dict in __init__ and loops over its sorted keys in construct -> constant dict iteration and Python bool flag, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CATEGORY_WEIGHTS = {"grocery": 1.0, "household": 0.7, "electronics": 1.5, "apparel": 0.9}


class CategoryBasketScorer(nn.Cell):
    def __init__(self, weights=None, normalize=True):
        super().__init__()
        weights = weights or CATEGORY_WEIGHTS
        self.names = tuple(sorted(weights))
        self.weights = tuple(weights[n] for n in self.names)
        self.normalize = normalize

    def construct(self, category_spend):
        total = ops.zeros_like(category_spend[:, 0])
        for i in range(len(self.names)):
            total = total + category_spend[:, i] * self.weights[i]
        if self.normalize:
            total = total / (category_spend.sum(axis=1) + 1e-6)
        return total


def make():
    np.random.seed(38)
    spend = Tensor(np.random.uniform(0, 50, size=(5, 4)).astype(np.float32))
    return CategoryBasketScorer(), (spend,)

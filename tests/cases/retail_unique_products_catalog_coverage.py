# case: basket analytics counts distinct products across a batch of baskets with ops.unique and scores them -> unique has data-dependent output size, dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CatalogCoverage(nn.Cell):
    def __init__(self, num_products=40):
        super().__init__()
        self.popularity = ms.Parameter(Tensor(np.random.rand(num_products).astype(np.float32)), name="popularity")

    def construct(self, baskets):
        flat = baskets.reshape(-1)
        distinct, _ = ops.unique(flat)
        pop = ops.gather(self.popularity, distinct, 0)
        coverage = distinct.shape[0] / 40.0
        return pop.sum(), coverage


def make():
    np.random.seed(6)
    baskets = Tensor(np.random.randint(0, 40, size=(4, 6)).astype(np.int32))
    return CatalogCoverage(), (baskets,)

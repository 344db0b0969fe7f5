# case: basket analytics counts product occurrences with a fixed-width one-hot histogram instead of unique -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProductHistogram(nn.Cell):
    def __init__(self, num_products=40):
        super().__init__()
        self.num_products = num_products
        self.popularity = ms.Parameter(Tensor(np.random.rand(num_products).astype(np.float32)), name="popularity")

    def construct(self, baskets):
        flat = baskets.reshape(-1)
        counts = ops.one_hot(flat, self.num_products, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32)).sum(axis=0)
        present = (counts > 0).astype(ms.float32)
        coverage = present.sum() / self.num_products
        return (present * self.popularity).sum(), coverage


def make():
    np.random.seed(7)
    baskets = Tensor(np.random.randint(0, 40, size=(4, 6)).astype(np.int32))
    return ProductHistogram(), (baskets,)

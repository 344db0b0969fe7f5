# case: boolean mask indexing where the mask comes from `.bool()`, not a comparison
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Select(nn.Cell):
    def construct(self, x, m):
        keep = m.bool()
        return x[keep]


def make():
    return Select(), (Tensor(np.random.randn(6, 2).astype(np.float32)), Tensor(np.array([1, 0, 1, 1, 0, 0], np.int32)))

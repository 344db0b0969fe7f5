# case: a mask combined with ops.logical_and, then used as an index
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Select(nn.Cell):
    def construct(self, x, a, b):
        m = ops.logical_and(a > 0, b < 1)
        return x[m]


def make():
    v = np.random.randn(5).astype(np.float32)
    return Select(), (Tensor(v), Tensor(v * 2), Tensor(v * 3))

# case: a mask cast with astype(ms.bool_) indexing the second axis
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Select(nn.Cell):
    def construct(self, x, m):
        return x[:, m.astype(ms.bool_)]


def make():
    return Select(), (Tensor(np.random.randn(2, 5).astype(np.float32)), Tensor(np.array([1, 0, 1, 1, 0], np.int32)))

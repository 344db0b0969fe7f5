# case: mask passed in as an argument used for assignment x[m] = 0 (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Zero(nn.Cell):
    def construct(self, x, m):
        x[m] = 0.0
        return x


def make():
    return Zero(), (Tensor(np.arange(6, dtype=np.float32)), Tensor(np.array([1, 0, 1, 0, 0, 1], np.bool_)))

# case: ops.count_nonzero gives a fixed-shape count
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Cnt(nn.Cell):
    def construct(self, x):
        return ops.count_nonzero(x)


def make():
    return Cnt(), (Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)),)

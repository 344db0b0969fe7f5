# case: a bool Tensor kept by __init__ (constant values) used as the whole index: MaskedSelect's count is still data, dynamic at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self, keep=None):
        super().__init__()
        self.m = Tensor(np.array([True, False, True, True]))

    def construct(self, x):
        y = x[self.m]
        return y.sum()


def make():
    return Net(), (Tensor(np.random.rand(4, 4).astype(np.float32)),)

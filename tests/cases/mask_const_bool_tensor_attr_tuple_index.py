# case: a bool Tensor kept by __init__, built from a NumPy comparison, as one axis of a tuple index: dynamic at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self, keep=None):
        super().__init__()
        self.m = Tensor(np.arange(4) > 1)

    def construct(self, x):
        y = x[:, self.m]
        return y.sum()


def make():
    return Net(), (Tensor(np.random.rand(4, 4).astype(np.float32)),)

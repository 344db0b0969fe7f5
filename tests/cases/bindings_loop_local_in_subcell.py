# case: a sub-Cell's construct reads a name its for loop body bound first
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Inner(nn.Cell):
    def construct(self, x):
        for k in range(2):
            acc = x * k
        return acc


class Outer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.inner = Inner()

    def construct(self, x):
        x = x + 1.0
        y = self.inner(x)
        return y


def make():
    np.random.seed(4)
    return Outer(), (Tensor(np.random.rand(4).astype(np.float32)),)

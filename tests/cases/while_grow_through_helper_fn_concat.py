# case: a while on the sum of a value that a module function extends by concatenating a zero item on every pass
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def helper(x):
    return ops.concat((x, ops.zeros((1,), ms.float32)))


class Reduce(nn.Cell):
    def __init__(self, floor=0.5):
        super().__init__()
        self.floor = floor

    def halve(self, x):
        return x[::2] * 1.0

    def construct(self, x):
        while x.sum() > self.floor:
            x = helper(x)
        return x.sum(), x


def make():
    np.random.seed(8)
    return Reduce(), (Tensor(np.linspace(4.0, 0.1, 64).astype(np.float32)),)

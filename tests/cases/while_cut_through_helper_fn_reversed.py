# case: near miss: a while on the last item of a value that a module function reverses (a step of -1 keeps the length) on every pass
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def helper(x):
    return x[::-1] * 0.5


class Reduce(nn.Cell):
    def __init__(self, floor=0.5):
        super().__init__()
        self.floor = floor

    def halve(self, x):
        return x[::2] * 1.0

    def construct(self, x):
        while x[-1] > self.floor:
            x = helper(x)
        return x.sum(), x


def make():
    np.random.seed(8)
    return Reduce(), (Tensor(np.linspace(4.0, 0.1, 64).astype(np.float32)),)

# case: a while on the sum of a value the body cuts to its first 8 items (a constant-length slice) on every pass
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def helper(x):
    return x[:8] * 0.5


class Reduce(nn.Cell):
    def __init__(self, floor=0.5):
        super().__init__()
        self.floor = floor

    def halve(self, x):
        return x[::2] * 1.0

    def construct(self, x):
        while x.sum() > self.floor:
            x = x[:8] * 0.5
        return x.sum(), x


def make():
    np.random.seed(8)
    return Reduce(), (Tensor(np.linspace(4.0, 0.1, 64).astype(np.float32)),)

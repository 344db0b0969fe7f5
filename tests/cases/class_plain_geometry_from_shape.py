# case: plain Geometry object built in construct from x.shape ints only (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Geometry:
    def __init__(self, h, w):
        self.h = h
        self.w = w

    def tokens(self):
        return self.h * self.w


class Flatten2Tokens(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 1)

    def construct(self, x):
        y = self.conv(x)
        g = Geometry(y.shape[2], y.shape[3])
        return y.reshape(y.shape[0], 4, g.tokens()).swapaxes(1, 2)


def make():
    return Flatten2Tokens(), (Tensor(np.random.rand(2, 3, 5, 6).astype(np.float32)),)

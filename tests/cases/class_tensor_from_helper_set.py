# case: a Cell attribute set in __init__ from a helper that builds a plain Tensor (no Parameter): setting it in construct falls back at LAX and fails at STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


def make_buffer(value):
    return Tensor(value, ms.float32)


class Tracker(nn.Cell):
    def __init__(self):
        super().__init__()
        self.last = make_buffer(0.0)

    def construct(self, x):
        s = x.sum()
        self.last = s
        return x * 2


def make():
    return Tracker(), (Tensor(np.ones((2, 3), np.float32)),)

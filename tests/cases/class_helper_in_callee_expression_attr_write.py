# case: a helper called inside the callee expression of a call (`Scale(self.next_factor())(x)`) is graph code too: its attribute write falls back at LAX and fails at STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Scale(nn.Cell):
    def __init__(self, factor):
        super().__init__()
        self.factor = factor

    def construct(self, x):
        return x * self.factor


class Drop(nn.Cell):
    def __init__(self):
        super().__init__()
        self.count = 0

    def next_factor(self):
        self.count += 1
        return 2.0

    def construct(self, x):
        return Scale(self.next_factor())(x)


def make():
    return Drop(), (Tensor(np.ones((2, 3), np.float32)),)

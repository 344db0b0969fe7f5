# case: @ms.jit_class Scaler built inside construct from Python floats, its method called on the input; jit_class creation is supported -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class Scaler:
    def __init__(self, factor, shift):
        self.factor = factor
        self.shift = shift

    def apply(self, x):
        return x * self.factor + self.shift


class Head(nn.Cell):
    def __init__(self, factor=2.0):
        super().__init__()
        self.factor = factor

    def construct(self, x):
        scaler = Scaler(self.factor, 0.5)
        y = scaler.apply(x)
        return ops.reduce_sum(y, 1)


def make():
    return Head(), (Tensor(np.ones((3, 4), np.float32)),)

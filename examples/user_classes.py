"""User classes in construct: STRICT rejects them, LAX runs them in the interpreter with dynamic shapes."""
import numpy as np
import mindspore as ms
from mindspore import nn


class Box:
    def __init__(self, value):
        self.value = value


@ms.jit_class
class Scale:
    def __init__(self, factor):
        self.factor = factor

    def apply(self, x):
        return x * self.factor


class Boxed(nn.Cell):
    def construct(self, x):
        box = Box(x)  # expect: MSG401
        return box.value * 2  # expect[LAX]: MSG401


class Scaled(nn.Cell):
    def construct(self, x, factor):
        scale = Scale(factor)  # expect: MSG404
        return scale.apply(x)


def make_boxed():
    return Boxed(), (ms.Tensor(np.ones((2, 2), np.float32)),)


def make_scaled():
    return Scaled(), (ms.Tensor(np.ones((2, 2), np.float32)), ms.Tensor(2.0, ms.float32))

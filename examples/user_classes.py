"""User classes in construct: STRICT rejects them, LAX runs them in the interpreter with dynamic shapes."""
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


class Wrap(nn.Cell):
    def construct(self, x, factor):
        box = Box(x)  # expect: MSG401
        scale = Scale(factor)  # expect: MSG404
        return scale.apply(box.value)

# case: instantiates a plain (non-jit_class) Python class inside construct holding a tensor and reads its attributes; LAX falls back to the interpreter (dynamic), STRICT rejects it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Box:
    def __init__(self, value, scale):
        self.value = value
        self.scale = scale


class UseBox(nn.Cell):
    def construct(self, x):
        b = Box(x, 3.0)
        return b.value * b.scale


def make():
    return UseBox(), (Tensor(np.random.randn(2, 2).astype(np.float32)),)

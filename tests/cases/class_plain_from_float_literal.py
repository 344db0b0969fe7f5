# case: plain object from a float literal scales the input
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Scale:
    def __init__(self, v):
        self.v = v


class Net(nn.Cell):
    def construct(self, x):
        s = Scale(0.5)
        return x * s.v


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)

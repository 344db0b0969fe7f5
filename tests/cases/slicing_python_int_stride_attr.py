# case: stride from a python int attribute
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Sub(nn.Cell):
    def __init__(self, stride=3):
        super().__init__()
        self.stride = stride

    def construct(self, x):
        return x[::self.stride]


def make():
    return Sub(), (Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)),)

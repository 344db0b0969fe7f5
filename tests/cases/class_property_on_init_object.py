# case: property of an object created in __init__
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Geo:
    def __init__(self, h, w):
        self.h = h
        self.w = w

    @property
    def area(self):
        return self.h * self.w


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.geo = Geo(2, 3)

    def construct(self, x):
        return x * self.geo.area


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)

# case: a parent Cell builds a sub-Cell whose __init__ reads a removed name: building the parent fails there, so the parent's mask is never compiled
import numpy as np
from mindspore import nn, Tensor


class Up(nn.Cell):
    def __init__(self):
        super().__init__()
        self.resize = nn.ResizeBilinear()

    def construct(self, x):
        return self.resize(x, scale_factor=2)


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.up = Up()
        self.fc = nn.Dense(3, 3)

    def construct(self, x):
        return self.fc(x)[x > 0]


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)

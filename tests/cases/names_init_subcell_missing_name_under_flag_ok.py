# case: a parent builds a sub-Cell whose removed name is read only under a flag that is off: both build, and the parent's mask is dynamic (hazard)
import numpy as np
from mindspore import nn, Tensor


class Up(nn.Cell):
    def __init__(self, legacy=False):
        super().__init__()
        if legacy:
            self.resize = nn.ResizeBilinear()
        self.fc = nn.Dense(3, 3)

    def construct(self, x):
        return self.fc(x)


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.up = Up()

    def construct(self, x):
        return self.up(x)[x > 0]


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)

# case: __init__ stores an Initializer object on a layer's weight: building raises in every mode, so construct (with its mask) is never compiled
import numpy as np
from mindspore import nn, Tensor
from mindspore.common.initializer import Normal


class Head(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(3, 3)
        self.fc.weight = Normal(0.0, 0.01)

    def construct(self, x):
        return self.fc(x)[x > 0]


def make():
    return Head(), (Tensor(np.ones((2, 3), np.float32)),)

# case: __init__ keeps an Initializer object on an attribute of its own: the Cell builds and its mask is dynamic (hazard)
import numpy as np
from mindspore import nn, Tensor
from mindspore.common.initializer import Normal


class Head(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(3, 3)
        self.init_fn = Normal(0.0, 0.01)

    def construct(self, x):
        return self.fc(x)[x > 0]


def make():
    return Head(), (Tensor(np.ones((2, 3), np.float32)),)

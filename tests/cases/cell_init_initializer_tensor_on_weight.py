# case: __init__ stores initializer(...)'s Tensor on a layer's weight: the Cell builds and its mask is dynamic (hazard)
import numpy as np
from mindspore import nn, Tensor
from mindspore.common.initializer import Normal, initializer


class Head(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(3, 3)
        self.fc.weight = initializer(Normal(0.0, 0.01), self.fc.weight.shape)

    def construct(self, x):
        return self.fc(x)[x > 0]


def make():
    return Head(), (Tensor(np.ones((2, 3), np.float32)),)

# case: a Cell ported from PyTorch builds nn.Dense(..., bias=True): the constructor takes has_bias, building raises TypeError, the masked construct is never compiled
import numpy as np
from mindspore import nn, Tensor


class SELayer(nn.Cell):
    def __init__(self, channels):
        super().__init__()
        self.fc = nn.Dense(channels, channels, bias=True)

    def construct(self, x):
        return self.fc(x)[x > 0]


def make():
    return SELayer(3), (Tensor(np.ones((2, 3), np.float32)),)

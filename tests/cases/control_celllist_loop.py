# case: for loop over an nn.CellList of Dense layers (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn


class Stack(nn.Cell):
    def __init__(self):
        super().__init__()
        self.layers = nn.CellList([nn.Dense(4, 4), nn.Dense(4, 2)])

    def construct(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


def make():
    return Stack(), (ms.Tensor(np.ones((2, 4), np.float32)),)

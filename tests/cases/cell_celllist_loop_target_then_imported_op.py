# case: the loop target `act` is a sub-Cell, but after the loop `unique(x)` is still the module's `from mindspore.ops import unique`: a data-dependent output shape
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor
from mindspore.ops import unique


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.stages = nn.CellList([nn.CellList([nn.Dense(4, 4), nn.ReLU()]) for _ in range(2)])

    def construct(self, x):
        for block, act in self.stages:
            x = act(block(x))
        values, _ = unique(x.reshape(-1))
        return values


def make():
    return Net(), (Tensor(np.ones((2, 4), np.float32)),)

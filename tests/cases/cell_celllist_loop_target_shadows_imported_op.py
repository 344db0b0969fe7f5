# case: `for block, unique in self.stages:` binds `unique` to a sub-Cell of the CellList, hiding the module's `from mindspore.ops import unique`: `unique(x)` calls that Cell, not the dynamic-shape op
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor
from mindspore.ops import unique


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.stages = nn.CellList([nn.CellList([nn.Dense(4, 4), nn.ReLU()]) for _ in range(2)])

    def construct(self, x):
        for block, unique in self.stages:
            x = block(x)
            x = unique(x)
        return x


def make():
    return Net(), (Tensor(np.ones((2, 4), np.float32)),)

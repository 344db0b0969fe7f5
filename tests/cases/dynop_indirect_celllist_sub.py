# case: a sub-Cell held in nn.CellList uses masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Keep(nn.Cell):
    def construct(self, x):
        return ops.masked_select(x, x > 0)


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.layers = nn.CellList([Keep()])

    def construct(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


def make():
    return Net(), (Tensor(np.array([0, -2, 3, 1], np.float32)),)

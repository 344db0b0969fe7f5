# case: a written-out CellList of Dense heads of widths 2 and 5 picked by a tensor task id -> dynamic at the if
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Heads(nn.Cell):
    def __init__(self, hidden=6, widths=None):
        super().__init__()
        self.trunk = nn.Dense(4, hidden)
        self.heads = nn.CellList([nn.Dense(hidden, 2), nn.Dense(hidden, 5)])

    def construct(self, x, task):
        h = self.trunk(x)
        if task == 0:
            out = self.heads[0](h)
        else:
            out = self.heads[1](h)
        return out * 2


def make():
    return Heads(), (Tensor(np.ones((2, 4), np.float32)), Tensor(1, ms.int32))

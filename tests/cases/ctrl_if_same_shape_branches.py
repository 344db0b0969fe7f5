# case: residual block picks an activation by a tensor condition but both branches keep the same shape and dtype; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SwitchAct(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.fc = nn.Dense(hidden, hidden)

    def construct(self, x):
        h = self.fc(x)
        if h.mean() > 0:
            h = ops.relu(h)
        else:
            h = ops.tanh(h) * 0.5
        return x + h


class Stack(nn.Cell):
    def __init__(self):
        super().__init__()
        self.blocks = nn.CellList([SwitchAct() for _ in range(2)])

    def construct(self, x):
        for blk in self.blocks:
            x = blk(x)
        return x


def make():
    return Stack(), (Tensor(np.ones((3, 8), np.float32)),)

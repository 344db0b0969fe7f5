# case: near miss: read once before its method rewrites it, no loop -> LAX dynamic at the write
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class State:
    def __init__(self, h):
        self.h = h

    def set(self, h):
        self.h = h


class Stepper(nn.Cell):
    def __init__(self, dim=4):
        super().__init__()
        self.cell = nn.GRUCell(dim, dim)
        self.dim = dim

    def construct(self, xs):
        state = State(ops.zeros((1, self.dim), ms.float32))
        out = ops.zeros((1, self.dim), ms.float32)
        x = xs[0:1]
        h = self.cell(x, state.h)
        out = out + h
        state.set(h)
        return out


def make():
    np.random.seed(0)
    return Stepper(), (Tensor(np.random.randn(3, 4).astype(np.float32)),)

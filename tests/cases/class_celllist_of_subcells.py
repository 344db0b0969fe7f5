# case: iterates over an nn.CellList of sub-Cell blocks built from a config list in __init__; the standard container pattern compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Block(nn.Cell):
    def __init__(self, din, dout):
        super().__init__()
        self.fc = nn.Dense(din, dout)
        self.act = nn.GELU()

    def construct(self, x):
        return self.act(self.fc(x))


class MLP(nn.Cell):
    def __init__(self, dims):
        super().__init__()
        self.blocks = nn.CellList([Block(a, b) for a, b in zip(dims[:-1], dims[1:])])

    def construct(self, x):
        for blk in self.blocks:
            x = blk(x)
        return x


def make():
    return MLP([4, 8, 8, 2]), (Tensor(np.random.randn(3, 4).astype(np.float32)),)

# case: '%d' formatting of a Python loop counter and an int attribute picks sub-cells by name
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Stack(nn.Cell):
    def __init__(self):
        super().__init__()
        self.depth = 2
        self.blocks = nn.CellList([nn.Dense(4, 4) for _ in range(3)])
        self.name2index = {"linear%d" % i: i for i in range(3)}

    def construct(self, x):
        n = 0
        for _ in range(2):
            x = self.blocks[self.name2index["linear%d" % n]](x)
            n += 1
        x = self.blocks[self.name2index["linear%d" % self.depth]](x)
        return x


def make():
    return Stack(), (Tensor(np.ones((2, 4), np.float32)),)

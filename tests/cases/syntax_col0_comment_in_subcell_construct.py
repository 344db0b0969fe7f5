# case: a column-0 comment in a sub-Cell's construct, called from its parent's construct
import numpy as np
from mindspore import nn, Tensor


class Block(nn.Cell):
    def construct(self, x):
        y = x * 2
#        y = y - 1
        return y


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.block = Block()

    def construct(self, x):
        return self.block(x) + 1


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)

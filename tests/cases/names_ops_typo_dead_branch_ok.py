# case: the misspelt call sits in a branch a constant flag turns off
import numpy as np
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self, old=False):
        super().__init__()
        self.old = old

    def construct(self, x):
        if self.old:
            a, b = ops.chumk(x, 2, axis=1)
        else:
            a, b = ops.chunk(x, 2, axis=1)
        return a + b


def make():
    return Net(), (Tensor(np.ones((2, 4), np.float32)),)

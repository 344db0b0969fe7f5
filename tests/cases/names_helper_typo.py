# case: a misspelt ops function in a module helper construct calls
import numpy as np
from mindspore import nn, ops, Tensor


def halves(x):
    return ops.chumk(x, 2, axis=1)


class Net(nn.Cell):
    def construct(self, x):
        a, b = halves(x)
        return a + b


def make():
    return Net(), (Tensor(np.ones((2, 4), np.float32)),)

# case: a misspelt ops function in construct: graph mode cannot resolve it
import numpy as np
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        a, b = ops.chumk(x, 2, axis=1)
        return a + b


def make():
    return Net(), (Tensor(np.ones((2, 4), np.float32)),)

# case: a module-level table of lambdas, one reading a removed name, never called: import and compile succeed
import numpy as np
from mindspore import nn, Tensor

OPS = {
    "relu": lambda c: nn.ReLU(),
    "conv_7x1_1x7": lambda c: nn.Sequential(nn.ReLU(), nn.Conv2d(c, c, (1, 7))),
}


class Net(nn.Cell):
    def __init__(self, op="relu"):
        super().__init__()
        self.op = OPS[op](3)

    def construct(self, x):
        return self.op(x) * 2


def make():
    return Net(), (Tensor(np.ones((1, 3, 4, 4), np.float32)),)

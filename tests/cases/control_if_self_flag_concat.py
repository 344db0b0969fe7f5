# case: concat in a branch guarded by a python bool attribute
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Dup(nn.Cell):
    def __init__(self, double=True):
        super().__init__()
        self.double = double

    def construct(self, x):
        if self.double:
            x = ops.concat((x, x))
        return x


def make():
    return Dup(), (Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)),)

# case: an attribute copied from a constructor argument's attribute (another Cell's weight Parameter) is written in construct: it is a Parameter, so it compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Wrap(nn.Cell):
    def __init__(self, module):
        super().__init__()
        self.inner = module
        self.weight = module.weight

    def construct(self, x):
        self.weight = self.weight * 1.0
        return self.inner(x)


def make():
    return Wrap(nn.Dense(4, 4)), (Tensor(np.ones((2, 4), np.float32)),)

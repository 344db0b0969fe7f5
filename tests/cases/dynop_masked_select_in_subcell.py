# case: masked_select hidden in a sub-Cell feeding a sum
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Select(nn.Cell):
    def construct(self, x, t):
        return ops.masked_select(x, x > t)


class Agg(nn.Cell):
    def __init__(self):
        super().__init__()
        self.sel = Select()

    def construct(self, x):
        return self.sel(x, 0.0).sum()


def make():
    return Agg(), (Tensor(np.linspace(-3, 3, 12, dtype=np.float32).reshape(3, 4)),)

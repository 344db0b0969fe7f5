# case: the op is the constructor argument's default, kept on self
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def __init__(self, select=ops.masked_select):
        super().__init__()
        self.select = select

    def construct(self, x):
        return self.select(x, x > 0) * 2


def make():
    return Net(), (Tensor(np.array([0, -2, 3, 1], np.float32)),)

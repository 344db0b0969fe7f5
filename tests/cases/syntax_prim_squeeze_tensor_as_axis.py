# case: ops.Squeeze(x): the input taken for the constructor's axis argument
import numpy as np
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        y = ops.Squeeze(x)
        return y


def make():
    return Net(), (Tensor(np.ones((1, 3), np.float32)),)

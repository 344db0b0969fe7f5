# case: ops.Squeeze(x, 0): the input passed where the constructor takes only the axis
import numpy as np
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        return ops.Squeeze(x, 0) + 1


def make():
    return Net(), (Tensor(np.ones((1, 3), np.float32)),)

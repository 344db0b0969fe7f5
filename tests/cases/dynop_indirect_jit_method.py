# case: @ms.jit on a method of a Cell, called directly
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    @ms.jit
    def pick(self, x):
        return ops.masked_select(x, x > 0)


def make():
    net = Net()
    return net.pick, (Tensor(np.array([0, -2, 3, 1], np.float32)),)

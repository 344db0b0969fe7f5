# case: init.Zero() through a module alias inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common import initializer as init


class Net(nn.Cell):
    def construct(self, x):
        z = init.Zero()
        return x * 2


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)

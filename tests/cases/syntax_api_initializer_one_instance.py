# case: One() initializer object created inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, Normal, One
class Net(nn.Cell):
    def construct(self, x):
        init = One()
        return x * 2


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)

# case: complex() builtin in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Net(nn.Cell):
    def construct(self, x):
        z = complex(1.0, 2.0)
        return x * z.imag


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)

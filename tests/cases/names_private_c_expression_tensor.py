# case: the C++ Tensor class under its pre-2.x name, imported from MindSpore's extension module
import numpy as np
from mindspore import nn, Tensor
from mindspore._c_expression import Tensor as CTensor


class Net(nn.Cell):
    def construct(self, x):
        return x[x > 0]


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)

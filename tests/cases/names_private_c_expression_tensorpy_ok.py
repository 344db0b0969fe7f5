# case: near miss of the above: the name the C++ Tensor class has in 2.10
import numpy as np
from mindspore import nn, Tensor
from mindspore._c_expression import TensorPy


class Net(nn.Cell):
    def construct(self, x):
        return x[x > 0]


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)

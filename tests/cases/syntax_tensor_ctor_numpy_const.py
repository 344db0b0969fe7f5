# case: Tensor() constructed from a numpy constant in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Net(nn.Cell):
    def construct(self, x):
        bias = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
        return x + bias


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)

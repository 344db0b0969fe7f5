# case: `self.bias.data = ...` in construct becomes a SetData op, which has no CPU kernel
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.bias = Parameter(Tensor(np.zeros((3,), np.float32)), name="bias")

    def construct(self, x):
        self.bias.data = x.mean(0)
        return x + self.bias


def _inputs():
    return (Tensor(np.ones((2, 3), np.float32)),)


def make():
    return Net(), _inputs()

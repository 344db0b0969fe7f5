# case: a Python constant assigned to a Cell attribute inside construct (`self.use_bias = False`)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.use_bias = True

    def construct(self, x):
        self.use_bias = False
        return x * 2


def make():
    return Net(), (Tensor(np.random.randn(2, 3).astype(np.float32)),)

# case: a Python constant assigned to a Cell attribute inside construct (`self.ops_list = []`)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.ops_list = [1]

    def construct(self, x):
        self.ops_list = []
        return x * 2


def make():
    return Net(), (Tensor(np.random.randn(2, 3).astype(np.float32)),)

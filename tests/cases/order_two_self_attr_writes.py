# case: two writes to the Cell's attributes in construct, lines 14 and 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.a = 0
        self.b = 0

    def construct(self, x):
        self.a = 1
        y = x * 2
        self.b = 2
        return y


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)

# case: near miss: type() of a Python int compared with the Tensor class
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Helper:
    def __init__(self):
        self.k = 2


class Sub(nn.Cell):
    def construct(self, x):
        return x


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.dense = nn.Dense(3, 3)
        self.sub = Sub()
        self.helper = Helper()
        self.flag = 3

    def construct(self, x):
        if type(self.flag) is Tensor:
            x = x * 2
        return self.dense(x)


def make():
    return Net(), (Tensor(np.random.randn(2, 3).astype(np.float32)),)

# case: plain config object built in construct from int literals only
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Cfg:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Net(nn.Cell):
    def construct(self, x):
        c = Cfg(2, 3)
        return x * c.a + c.b


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)

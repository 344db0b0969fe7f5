# case: a plain object made from tensors in construct, a method only reads its fields, then returned
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self):
        return self.a + self.b


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)

    def construct(self, x):
        h = self.fc(x)
        pair = Pair(h, x)
        t = pair.total()
        return t, pair


def make():
    np.random.seed(5)
    return Net(), (Tensor(np.random.randn(2, 4).astype(np.float32)),)

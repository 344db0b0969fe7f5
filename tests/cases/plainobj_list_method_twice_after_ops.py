# case: a plain object's method appends to its own list field; called twice with ops between
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Log:
    def __init__(self):
        self.items = []
        self.count = 0

    def add(self, x):
        self.items.append(x)


class Net(nn.Cell):
    def construct(self, x):
        log = Log()
        h = x * 2
        log.add(h)
        g = ops.relu(h)
        y = g * 3
        log.add(y)
        return y


def make():
    np.random.seed(19)
    return Net(), (Tensor(np.random.rand(3, 4).astype(np.float32)),)

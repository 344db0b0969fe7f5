# case: a plain object's method stores a tensor in its field; construct makes it, calls the method once and returns it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Summary:
    def __init__(self):
        self.peak = None

    def record(self, x):
        self.peak = x.max()


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)

    def construct(self, x):
        summary = Summary()
        h = self.fc(x)
        summary.record(h)
        return summary


def make():
    np.random.seed(2)
    return Net(), (Tensor(np.random.randn(2, 4).astype(np.float32)),)

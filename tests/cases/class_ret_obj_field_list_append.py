# case: construct appends a tensor to a list field of a plain object it made, then returns the object
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Log:
    def __init__(self):
        self.items = []


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)

    def construct(self, x):
        log = Log()
        h = self.fc(x)
        log.items.append(h.sum())
        return h, log


def make():
    np.random.seed(7)
    return Net(), (Tensor(np.random.randn(2, 4).astype(np.float32)),)

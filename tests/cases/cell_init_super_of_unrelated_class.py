# case: __init__ calls super(Other, self) for a class it does not derive from: building raises TypeError, construct (with its mask) is never compiled
import numpy as np
from mindspore import nn, Tensor


class TSN(nn.Cell):
    def construct(self, x):
        return x


class TSNPort(nn.Cell):
    def __init__(self):
        super(TSN, self).__init__()
        self.fc = nn.Dense(3, 3)

    def construct(self, x):
        return self.fc(x)[x > 0]


def make():
    return TSNPort(), (Tensor(np.ones((2, 3), np.float32)),)

# case: a plain object's method counts with a Python int field; construct calls it in a loop over a constant range and returns it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)

    def construct(self, x):
        counter = Counter()
        for _ in range(3):
            x = self.fc(x)
            counter.bump()
        return x, counter


def make():
    np.random.seed(3)
    return Net(), (Tensor(np.random.randn(2, 4).astype(np.float32)),)

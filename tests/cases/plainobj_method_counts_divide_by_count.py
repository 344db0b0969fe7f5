# case: a plain object method counts calls, construct divides by the count
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Stats:
    def __init__(self):
        self.total = 0.0
        self.count = 0

    def add(self, v):
        self.total = self.total + v
        self.count += 1


class Net(nn.Cell):
    def construct(self, x):
        stats = Stats()
        for u in range(3):
            stats.add(x[u].sum())
        return stats.total / stats.count


def make():
    np.random.seed(5)
    return Net(), (Tensor(np.random.rand(3, 4).astype(np.float32)),)

# case: a plain tally object's mean() method divides by a count its add() steps with +=, from 0
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Tally:
    def __init__(self):
        self.total = 0.0
        self.count = 0

    def add(self, v):
        self.total = self.total + v
        self.count += 1

    def mean(self):
        return self.total / self.count


class Net(nn.Cell):
    def construct(self, x):
        tally = Tally()
        for i in range(3):
            tally.add(x[i].sum())
        return tally.mean()


def make():
    np.random.seed(11)
    return Net(), (Tensor(np.random.rand(4, 3).astype(np.float32)),)

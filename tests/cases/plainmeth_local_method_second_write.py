# case: a plain accumulator built in construct whose method writes two attributes -> LAX dynamic at the first write, STRICT error at the call
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Acc:
    def __init__(self):
        self.total = 0.0
        self.n = 0

    def add(self, v):
        self.total = self.total + v
        self.n = self.n + 1


class Pool(nn.Cell):
    def construct(self, x):
        acc = Acc()
        for i in range(3):
            acc.add(x[i].sum())
        return x * 2


def make():
    return Pool(), (Tensor(np.ones((3, 4), np.float32)),)

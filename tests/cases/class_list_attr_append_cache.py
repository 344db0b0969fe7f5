# case: appending to a list attribute of the Cell inside construct (hazard?)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Cache(nn.Cell):
    def __init__(self):
        super().__init__()
        self.seen = []

    def construct(self, x):
        self.seen.append(x)
        return x * 2


def make():
    return Cache(), (Tensor(np.ones((2,), np.float32)),)

# case: sub-Cell stored on self performs ops.nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops


class Finder(nn.Cell):
    def construct(self, x):
        return ops.nonzero(x)


class Model(nn.Cell):
    def __init__(self):
        super().__init__()
        self.finder = Finder()

    def construct(self, x):
        return self.finder(x * 2).astype(ms.float32).sum()


def make():
    return Model(), (ms.Tensor(np.array([0, 1, 0, 3], np.float32)),)

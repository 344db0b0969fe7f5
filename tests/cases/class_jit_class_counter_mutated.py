# case: jit_class instance created in construct and its attribute mutated (hazard?)
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


@ms.jit_class
class Acc:
    def __init__(self):
        self.total = 0

    def add(self, v):
        self.total = self.total + v


class Sum(nn.Cell):
    def construct(self, x):
        acc = Acc()
        acc.add(x)
        return acc.total


def make():
    return Sum(), (Tensor(np.ones(3, np.float32)),)

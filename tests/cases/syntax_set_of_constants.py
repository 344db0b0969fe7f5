# case: set() built from constants inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Net(nn.Cell):
    def construct(self, x):
        s = set((1, 2, 2, 3))
        return x * len(s)


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)

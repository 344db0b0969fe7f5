# case: a NonZero primitive instance handed to the Cell's constructor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def __init__(self, finder):
        super().__init__()
        self.finder = finder

    def construct(self, x):
        return self.finder(x) + 1


def make():
    return Net(P.NonZero()), (Tensor(np.array([0, 2, 3, 0], np.float32)),)

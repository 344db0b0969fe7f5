# case: sorted(..., key=lambda) of Python constants in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Order(nn.Cell):
    def __init__(self, sizes=(3, 5, 4)):
        super().__init__()
        self.sizes = sizes

    def construct(self, x):
        order = sorted(self.sizes, key=lambda s: -s)
        return x * order[0]


def make():
    return Order(), (Tensor(np.ones((2, 2), np.float32)),)

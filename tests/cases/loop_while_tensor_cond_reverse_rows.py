# case: while on a tensor test reverses the rows each pass (shape kept) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Flipper(nn.Cell):
    def __init__(self, limit=3.0):
        super().__init__()
        self.limit = limit

    def construct(self, x):
        total = x.sum()
        while total < self.limit:
            x = x[::-1] + 1.0
            total = x.sum()
        return x


def make():
    return Flipper(), (Tensor(np.zeros((4, 2), np.float32)),)

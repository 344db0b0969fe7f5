# case: flatten helper uses len(x.shape), x.ndim, isinstance on a config attr and tuple arithmetic on shapes (all compile-time); expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def flatten_from(x, start):
    if start < 0:
        start = len(x.shape) + start
    lead = x.shape[:start]
    rest = 1
    for s in x.shape[start:]:
        rest *= s
    return x.reshape(lead + (rest,))


class Head(nn.Cell):
    def __init__(self, start_dim=1):
        super().__init__()
        self.start_dim = start_dim
        self.fc = nn.Dense(4 * 3 * 3, 2)

    def construct(self, x):
        if isinstance(self.start_dim, int) and x.ndim == 4:
            x = flatten_from(x, self.start_dim)
        return self.fc(x)


def make():
    return Head(), (Tensor(np.ones((2, 4, 3, 3), np.float32)),)

# case: near miss: a @jit_class helper made by __init__ when none is given (gen if gen is not None else Grid()), whose method only computes: static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class Grid:
    def __init__(self, stride=2.0):
        self.stride = stride

    def centers(self, n):
        return ops.arange(0, n, dtype=ms.float32) * self.stride


class Head(nn.Cell):
    def __init__(self, grid=None):
        super().__init__()
        self.grid = grid if grid is not None else Grid()

    def construct(self, x):
        c = self.grid.centers(x.shape[1])
        return x * c


def make():
    return Head(), (Tensor(np.random.rand(2, 4).astype(np.float32)),)

# case: a private Cell hands its own trailing size argument to an inner Cell that slices with it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Inner(nn.Cell):
    def construct(self, x, world_size):
        if world_size < 2:
            raise ValueError("needs two ranks")
        combined = ops.reshape(x, (world_size, -1))
        return combined[:world_size - 1]


class _Outer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.inner = Inner()

    def construct(self, x, world_size):
        return self.inner(x, world_size)


def _inputs():
    return Tensor(np.ones((2, 6), np.float32)), 2


def make():
    return _Outer(), _inputs()

# case: a private Cell hands its own trailing size argument to an inner Cell that slices with it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Inner(nn.Cell):
    def construct(self, x, ranks):
        if ranks < 2:
            raise ValueError("needs two ranks")
        combined = ops.reshape(x, (ranks, -1))
        return combined[:ranks - 1]


class _Outer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.inner = Inner()

    def construct(self, x, ranks):
        return self.inner(x, ranks)


def _inputs():
    return Tensor(np.ones((2, 6), np.float32)), 2


def make():
    return _Outer(), _inputs()

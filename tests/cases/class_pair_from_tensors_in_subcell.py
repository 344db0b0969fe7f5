# case: sub-Cell wraps two tensors in a plain Pair object
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def diff(self):
        return self.a - self.b


class Inner(nn.Cell):
    def construct(self, x, y):
        p = Pair(x, y)
        return p.diff()


class Outer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.inner = Inner()

    def construct(self, x, y):
        return self.inner(x, y) * 2


def make():
    v = Tensor(np.ones(4, np.float32))
    return Outer(), (v, v * 3)

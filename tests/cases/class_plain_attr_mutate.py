# case: attribute of a plain instance mutated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Box:
    def __init__(self, v):
        self.v = v

    def scaled(self, s):
        return self.v * s


class Net(nn.Cell):
    def construct(self, x, k):
        b = Box(x)
        b.v = b.v + 1
        return b.v


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))

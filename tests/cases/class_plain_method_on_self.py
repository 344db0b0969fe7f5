# case: method of a plain class instance stored on self in __init__
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Box:
    def __init__(self, v):
        self.v = v

    def scaled(self, s):
        return self.v * s


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.b = Box(2.0)

    def construct(self, x, k):
        return self.b.scaled(x)


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))

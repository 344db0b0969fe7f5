# case: @ms.jit function building a plain class instance from a tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Box:
    def __init__(self, v):
        self.v = v

    def scaled(self, s):
        return self.v * s


@ms.jit
def f(x, k):
    b = Box(x)
    return b.scaled(2)


def make():
    return f, (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))

# case: creates a @ms.jit_class instance inside construct from tensor arguments; graph mode rejects it at both levels because jit_class constructor arguments must be constants
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class Affine:
    def __init__(self, w, b):
        self.w = w
        self.b = b

    def apply(self, x):
        return ops.matmul(x, self.w) + self.b


class AffineNet(nn.Cell):
    def construct(self, x, w, b):
        layer = Affine(w, b)
        return layer.apply(x)


def make():
    x = Tensor(np.random.randn(2, 3).astype(np.float32))
    w = Tensor(np.random.randn(3, 4).astype(np.float32))
    b = Tensor(np.zeros(4, np.float32))
    return AffineNet(), (x, w, b)

# case: picks an activation via a lambda stored in a local variable and applies it, plus a list-comprehension over static ints; both are supported, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Scaled(nn.Cell):
    def __init__(self, alpha=0.2):
        super().__init__()
        self.alpha = alpha

    def construct(self, x):
        act = lambda t: ops.maximum(t, t * self.alpha)
        scales = [float(i + 1) for i in range(3)]
        y = act(x)
        return y * scales[2]


def make():
    return Scaled(), (Tensor(np.random.randn(2, 3).astype(np.float32)),)

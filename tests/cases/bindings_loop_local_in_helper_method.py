# case: a helper method reads a name its for loop body bound first; construct calls it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Smooth(nn.Cell):
    def __init__(self, steps=3):
        super().__init__()
        self.steps = steps

    def relax(self, x):
        for _ in range(self.steps):
            y = x * 0.5 + 1.0
        return y + x

    def construct(self, x):
        z = ops.relu(x)
        out = self.relax(z)
        return out


def make():
    np.random.seed(1)
    return Smooth(), (Tensor(np.random.rand(4).astype(np.float32)),)

# case: lambda defined inside construct and applied to tensors with a config flag; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Gelu2(nn.Cell):
    def __init__(self, approx=True):
        super().__init__()
        self.approx = approx
        self.fc = nn.Dense(8, 8)

    def construct(self, x):
        scale = lambda t, s: t * s
        y = self.fc(x)
        if self.approx:
            y = scale(y, 1.702)
        return scale(ops.sigmoid(y), 2.0) * x


def make():
    return Gelu2(), (Tensor(np.ones((2, 8), np.float32)),)

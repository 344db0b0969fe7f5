# case: nested def inside construct closing over self and a local tensor, called in a loop; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Residuals(nn.Cell):
    def __init__(self, depth=3):
        super().__init__()
        self.depth = depth
        self.fc = nn.Dense(8, 8)

    def construct(self, x):
        base = x * 0.1

        def block(h):
            return ops.relu(self.fc(h)) + base

        for _ in range(self.depth):
            x = block(x)
        return x


def make():
    return Residuals(), (Tensor(np.ones((2, 8), np.float32)),)

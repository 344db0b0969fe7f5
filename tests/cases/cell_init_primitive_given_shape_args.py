# case: __init__ builds ops.Ones(1, C, 1, 1), handing the shape to a constructor that takes no arguments: building raises TypeError, construct is never compiled
import numpy as np
from mindspore import nn, ops, Tensor


class GroupNorm(nn.Cell):
    def __init__(self, channels):
        super().__init__()
        self.weight = ops.Ones(1, channels, 1, 1)
        self.fc = nn.Dense(3, 3)

    def construct(self, x):
        return self.fc(x)[x > 0]


def make():
    return GroupNorm(3), (Tensor(np.ones((2, 3), np.float32)),)

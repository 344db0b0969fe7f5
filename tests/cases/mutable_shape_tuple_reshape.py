# case: reshape target passed as an ms.mutable tuple of ints; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Reshaper(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)

    def construct(self, x, shape):
        y = self.fc(x)
        return ops.reshape(y, shape)


def make():
    x = Tensor(np.ones((6, 4), np.float32))
    return Reshaper(), (x, ms.mutable((3, 8)))

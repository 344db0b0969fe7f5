# case: LSTM-cell decoder loops `for t in range(steps)` where steps arrives as a 0-d tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RolloutDecoder(nn.Cell):
    def __init__(self, dim=4):
        super().__init__()
        self.cell = nn.LSTMCell(dim, dim)
        self.out = nn.Dense(dim, dim)

    def construct(self, x, h, c, steps):
        total = ops.zeros_like(x)
        for _ in range(steps):
            h, c = self.cell(x, (h, c))
            x = self.out(h)
            total = total + x
        return total


def make():
    z = lambda: Tensor(np.zeros((2, 4), np.float32))
    return RolloutDecoder(), (Tensor(np.random.randn(2, 4).astype(np.float32)), z(), z(), Tensor(3, ms.int64))

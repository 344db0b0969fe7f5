# case: token loss zeroes ignored positions with ops.masked_fill and divides by the mask count (fixed shapes throughout); expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedMSE(nn.Cell):
    def __init__(self, ignore_value=-1.0):
        super().__init__()
        self.ignore_value = ignore_value

    def construct(self, pred, target):
        invalid = target == self.ignore_value
        err = (pred - target) ** 2
        err = ops.masked_fill(err, invalid, ops.zeros((), err.dtype))
        count = ops.logical_not(invalid).astype(ms.float32).sum()
        return err.sum() / ops.maximum(count, 1.0)


class Trainer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.net = nn.Dense(8, 4)
        self.loss = MaskedMSE()

    def construct(self, x, y):
        return self.loss(self.net(x), y)


def make():
    x = Tensor(np.ones((6, 8), np.float32))
    y = np.zeros((6, 4), np.float32)
    y[::2] = -1.0
    return Trainer(), (x, Tensor(y))

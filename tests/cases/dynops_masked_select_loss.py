# case: token-classification loss gathers valid positions with ops.masked_select before averaging; expect dynamic (or error) at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedMSE(nn.Cell):
    def __init__(self, ignore_value=-1.0):
        super().__init__()
        self.ignore_value = ignore_value

    def construct(self, pred, target):
        valid = target != self.ignore_value
        p = ops.masked_select(pred, valid)
        t = ops.masked_select(target, valid)
        return ((p - t) ** 2).mean()


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

# case: two Dense heads of widths 1 and 4 on the arms of a tensor task test -> dynamic at the if
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Routed(nn.Cell):
    def __init__(self, hidden=6, bins=4):
        super().__init__()
        self.a = nn.Dense(hidden, 1)
        self.b = nn.Dense(hidden, bins)

    def construct(self, h, task):
        if task == 0:
            out = ops.sigmoid(self.a(h))
        else:
            out = ops.softmax(self.b(h), axis=-1)
        return out * 2


def make():
    return Routed(), (Tensor(np.ones((2, 6), np.float32)), Tensor(0, ms.int32))

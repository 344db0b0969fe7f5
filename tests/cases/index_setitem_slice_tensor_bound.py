# case: setitem on a slice whose start is a 0-d tensor (y[:, n:] = 0); expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZeroTail(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, x, n):
        y = x.copy()
        y[:, n:] = 0
        return y * 2


def make():
    x = Tensor(np.ones((2, 6), np.float32))
    return ZeroTail(), (x, Tensor(3))

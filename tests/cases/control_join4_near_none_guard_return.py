# case: near miss: early return of None under an argument None check (a constant)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x, y=None):
        if y is None:
            return x
        if x.sum() > 0:
            return x + y
        return x - y


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)

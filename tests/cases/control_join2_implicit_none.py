# case: tensor condition returns a tensor, otherwise falls off the end (None)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x):
        y = x + 1
        if y.sum() > 0:
            return y


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)

# case: tensor elif chain: tensor, tuple, tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x):
        s = x.sum()
        if s > 100:
            y = x
        elif s > 0:
            y = (x, x)
        else:
            y = x * 0
        return y


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)

# case: variable is a tensor in one branch and a Python int in the other, then used
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x):
        if x.sum() > 0:
            s = x.sum()
        else:
            s = 0
        return x * s


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)

# case: a Python 0 accumulates a tensor mean under a tensor condition, then is returned
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        total = 0
        if x.sum() > 0:
            total += x.mean()
        return total


def make():
    return Net(), (Tensor(np.ones((3, 4), np.float32)),)

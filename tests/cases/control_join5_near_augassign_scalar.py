# case: near miss: a Python 0 accumulates a Python int under a tensor condition, then scales a tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        count = 0
        if x.sum() > 0:
            count += 1
        return x * count


def make():
    return Net(), (Tensor(np.ones((3, 4), np.float32)),)

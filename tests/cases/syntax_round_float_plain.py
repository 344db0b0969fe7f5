# case: round(float(s)) inside construct, where s is a scalar tensor computed from the input
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        s = x.mean()
        r = round(float(s))
        return x * r


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)

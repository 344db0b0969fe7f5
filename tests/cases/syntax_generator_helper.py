# case: helper generator function consumed by sum() in construct
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


def pieces(x):
    for i in range(2):
        yield x * i


class Net(nn.Cell):
    def construct(self, x):
        out = x
        for p in pieces(x):
            out = out + p
        return out


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)

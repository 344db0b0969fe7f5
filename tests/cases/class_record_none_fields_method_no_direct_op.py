# case: an object made in construct gets its None fields set; a method divides them; construct returns the ratio only
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Summary:
    def __init__(self):
        self.a = None
        self.b = None

    def ratio(self):
        return self.a / self.b


class Net(nn.Cell):
    def construct(self, x, y):
        s = Summary()
        s.a = x.mean()
        s.b = y.mean()
        r = s.ratio()
        scaled = r / 2.0
        return scaled, r


def make():
    np.random.seed(20)
    return Net(), (Tensor(np.random.rand(5).astype(np.float32)), Tensor(np.random.rand(5).astype(np.float32) + 1))

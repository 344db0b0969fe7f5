# case: a @jit_class built from a tensor (fails) before a helper that writes to a plain object's attribute -> only the construction is reported
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class Box:
    def __init__(self, v):
        self.v = v


class Meter:
    def __init__(self):
        self.n = 0


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.meter = Meter()

    def bump(self, x):
        self.meter.n = x.sum()
        return x

    def construct(self, x):
        b = Box(x * 2)
        y = self.bump(b.v)
        return y


def make():
    return Net(), (Tensor(np.ones((2, 2), np.float32)),)

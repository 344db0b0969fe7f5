# case: a helper writing a plain object's attribute is called before a @jit_class built from a tensor -> the helper's write (dynamic) then the failing construction
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
        y = self.bump(x)
        b = Box(y * 2)
        return b.v


def make():
    return Net(), (Tensor(np.ones((2, 2), np.float32)),)

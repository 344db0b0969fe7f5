# case: a jit_class instance built from tensors in construct, its method called (hazard?)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class Box:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def width(self):
        return self.hi - self.lo


class Net(nn.Cell):
    def construct(self, x):
        box = Box(x.min(), x.max())
        return x / box.width()


def make():
    return Net(), (Tensor(np.arange(6, dtype=np.float32).reshape(2, 3)),)

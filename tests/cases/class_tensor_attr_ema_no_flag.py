# case: running min kept as a plain Tensor attribute, updated by EMA in construct, read after
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Observer(nn.Cell):
    def __init__(self, momentum=0.9):
        super().__init__()
        self.momentum = momentum
        self.running_min = Tensor(0.0, ms.float32)

    def construct(self, x):
        cur = x.min()
        self.running_min = self.momentum * self.running_min + (1.0 - self.momentum) * cur
        scale = x - self.running_min
        return scale * 2.0


def make():
    return Observer(), (Tensor(np.arange(6, dtype=np.float32).reshape(2, 3)),)

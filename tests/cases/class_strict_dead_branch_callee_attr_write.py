# case: at STRICT a branch dead under a folded call condition is parsed, but a method it calls is not: that method's attribute write is never compiled
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


def enabled(flag):
    return flag is not None and flag > 1


class Counter(nn.Cell):
    def __init__(self):
        super().__init__()
        self.count = 0

    def bump(self):
        self.count = self.count + 1

    def construct(self, x, flag=None):
        if enabled(flag):
            self.bump()
        return x * 2


def make():
    return Counter(), (Tensor(np.ones((2, 3), np.float32)),)

# case: .asnumpy() on line 13 (a STRICT failure while compiling) before a write to the Cell's attribute on line 15 (STRICT refuses it while parsing)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.last = 0.0

    def construct(self, x):
        y = x.asnumpy()
        z = Tensor(y) * 2
        self.last = 1.0
        return z


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)

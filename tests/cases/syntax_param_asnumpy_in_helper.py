# case: a Parameter handed to a module helper that takes `.asnumpy()` of it -> compile error at line 8 at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


def low(v):
    return float(v.asnumpy())


class Observer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.min_val = Parameter(Tensor(0.0, ms.float32), name="min_val", requires_grad=False)

    def construct(self, x):
        lo = low(self.min_val)
        return x - lo


def make():
    return Observer(), (Tensor(np.ones((2, 3), np.float32)),)

# case: a Parameter handed through a helper method to a function calling `.asnumpy()` -> compile error at line 8 at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


def _to_float(v):
    return float(v.asnumpy())


class Observer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.max_val = Parameter(Tensor(1.0, ms.float32), name="max_val", requires_grad=False)

    def _range(self, hi):
        return _to_float(hi) * 2.0

    def construct(self, x):
        r = self._range(self.max_val)
        return x / r


def make():
    return Observer(), (Tensor(np.ones((2, 3), np.float32)),)

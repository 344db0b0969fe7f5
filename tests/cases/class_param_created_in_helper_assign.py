# case: a Parameter created by a helper that __init__ calls, then assigned in construct (an Assign)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class Observer(nn.Cell):
    def __init__(self):
        super().__init__()
        self._build()

    def _build(self):
        self.minq = Parameter(Tensor(np.zeros((1,), np.float32)), name="minq", requires_grad=False)

    def construct(self, x):
        self.minq = ops.minimum(self.minq, x.min().reshape(1))
        return x


def make():
    return Observer(), (Tensor(np.random.randn(4).astype(np.float32)),)

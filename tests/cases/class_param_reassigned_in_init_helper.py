# case: a Parameter attribute that an __init__ helper later sets to a plain tensor stays a Parameter (set_data), so writing it in construct compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class Norm(nn.Cell):
    def __init__(self):
        super().__init__()
        self.u = Parameter(Tensor(np.ones(4, np.float32)), requires_grad=False)
        self.u = self._refresh(Tensor(np.ones(4, np.float32)))

    def _refresh(self, v):
        return v * 2

    def construct(self, x):
        self.u = self._refresh(x)
        return x + self.u


def make():
    return Norm(), (Tensor(np.arange(4, dtype=np.float32)),)

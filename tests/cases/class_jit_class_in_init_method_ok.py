# case: a jit_class instance made in __init__ and its method called in construct (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class Scaler:
    def __init__(self, factor):
        self.factor = factor

    def apply(self, x):
        return x * self.factor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scaler = Scaler(2.0)

    def construct(self, x):
        return self.scaler.apply(x)


def make():
    return Net(), (Tensor(np.arange(6, dtype=np.float32).reshape(2, 3)),)

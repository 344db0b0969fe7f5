# case: jit_class method assigns a tensor to its own attribute
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

@ms.jit_class
class Tracker:
    def __init__(self):
        self.value = 0.0

    def update(self, t):
        self.value = t
        return t


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.tr = Tracker()

    def construct(self, x):
        return self.tr.update(x.sum()) + x


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)

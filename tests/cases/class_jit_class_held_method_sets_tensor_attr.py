import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: v4 held jit_class whose method replaces its Tensor attribute with a tensor
@ms.jit_class
class Tracker:
    def __init__(self):
        self.value = Tensor(np.zeros(3, np.float32))

    def update(self, t):
        self.value = t
        return t


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.tr = Tracker()

    def construct(self, x):
        return self.tr.update(x.sum(axis=0)) + x


def make():
    return Net(), (Tensor(np.ones((4, 3), np.float32)),)

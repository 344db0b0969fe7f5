# case: @ms.jit_class object created in __init__ and its method called on a tensor (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


@ms.jit_class
class Affine:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def apply(self, x):
        return x * self.a + self.b


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.f = Affine(3.0, 1.0)

    def construct(self, x):
        return self.f.apply(x)


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)

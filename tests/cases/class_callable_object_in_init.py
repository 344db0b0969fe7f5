# case: a plain callable object kept on the Cell and called on tensors in construct (hazard?)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Affine:
    def __init__(self, a):
        self.a = a

    def __call__(self, x):
        return x * self.a


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.f = Affine(3.0)

    def construct(self, x):
        return self.f(x)


def make():
    return Net(), (Tensor(np.arange(6, dtype=np.float32).reshape(2, 3)),)

# case: two sub-cells whose Parameters carry the same explicit name
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Scale(nn.Cell):
    def __init__(self):
        super().__init__()
        self.s = Parameter(Tensor(np.ones(4, np.float32)), name="scale")

    def construct(self, x):
        return x * self.s


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.p = Scale()
        self.q = Scale()

    def construct(self, x):
        return self.q(self.p(x))


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)

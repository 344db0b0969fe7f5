# case: a constant set on a user-defined sub-cell's attribute in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Scale(nn.Cell):
    def __init__(self):
        super().__init__()
        self.factor = 2.0

    def construct(self, x):
        return x * self.factor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scale = Scale()

    def construct(self, x):
        self.scale.factor = 3.0
        return self.scale(x)


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)

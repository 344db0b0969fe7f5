# case: isinstance against (int, float) on a python attribute
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.alpha = 0.3

    def construct(self, x):
        if isinstance(self.alpha, (int, float)):
            return x * self.alpha
        return x


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)

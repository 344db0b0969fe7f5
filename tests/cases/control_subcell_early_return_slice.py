# case: sub-Cell returns a shorter slice when the first value is negative
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Trim(nn.Cell):
    def construct(self, x):
        if x[0] < 0:
            return x[1:]
        return x


class Wrap(nn.Cell):
    def __init__(self):
        super().__init__()
        self.trim = Trim()

    def construct(self, x):
        return self.trim(x) * 2


def make():
    return Wrap(), (Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)),)

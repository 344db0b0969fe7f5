# case: window bounds stored as a tuple attribute
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Win(nn.Cell):
    def __init__(self):
        super().__init__()
        self.win = (1, 4)

    def construct(self, x):
        return x[self.win[0]:self.win[1]]


def make():
    return Win(), (Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)),)

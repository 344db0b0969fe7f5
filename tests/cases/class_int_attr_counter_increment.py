# case: incrementing a Python int attribute in construct (hazard?)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Step(nn.Cell):
    def __init__(self):
        super().__init__()
        self.calls = 0

    def construct(self, x):
        self.calls += 1
        return x * 2


def make():
    return Step(), (Tensor(np.ones((2,), np.float32)),)

# case: construct returns a jit_class object built from constants
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

@ms.jit_class
class Info:
    def __init__(self, n):
        self.n = n


class Net(nn.Cell):
    def construct(self, x):
        return Info(3)


def make():
    return Net(), (Tensor(np.ones(2, np.float32)),)

# case: a Python flag with a default picks a transposed view (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Maybe(nn.Cell):
    def __init__(self, transpose=False):
        super().__init__()
        self.transpose = transpose

    def construct(self, x):
        y = x.T if self.transpose else x
        return y * 2


def make():
    return Maybe(), (Tensor(np.ones((2, 3), np.float32)),)

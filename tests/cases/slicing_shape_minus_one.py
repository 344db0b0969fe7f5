# case: drop the last row using x.shape[0] - 1
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class DropLast(nn.Cell):
    def construct(self, x):
        return x[:x.shape[0] - 1]


def make():
    return DropLast(), (Tensor(np.linspace(-1, 1, 24, dtype=np.float32).reshape(6, 4)),)

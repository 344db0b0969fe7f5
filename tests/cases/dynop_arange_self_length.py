# case: ops.arange up to a python int attribute
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Pos(nn.Cell):
    def __init__(self):
        super().__init__()
        self.n = 6

    def construct(self, x):
        return x + ops.arange(self.n).astype(ms.float32)


def make():
    return Pos(), (Tensor(np.ones(6, np.float32)),)

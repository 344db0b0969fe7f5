# case: row selection with a boolean vector passed as an argument
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class PickRows(nn.Cell):
    def construct(self, x, rows):
        return x[rows]


def make():
    return PickRows(), (Tensor(np.linspace(-1, 1, 24, dtype=np.float32).reshape(6, 4)), Tensor(np.array([True, False, True, True, False, False])))

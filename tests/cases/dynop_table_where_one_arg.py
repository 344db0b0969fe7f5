# case: mint.where with only a condition (nonzero as a tuple)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def construct(self, x):
        rows, cols = mint.where(x > 1)
        return rows + cols


def make():
    return Net(), (Tensor(np.array([[0, 2], [3, 1]], np.float32)),)

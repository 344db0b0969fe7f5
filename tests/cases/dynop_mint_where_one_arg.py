# case: mint.where with only a condition returns index tuples (hazard)
import numpy as np
import mindspore as ms
from mindspore import nn, mint, Tensor


class Positions(nn.Cell):
    def construct(self, x):
        rows, cols = mint.where(x > 0)
        return rows + cols


def make():
    return Positions(), (Tensor(np.array([[1.0, -1.0], [2.0, 3.0]], np.float32)),)

# case: builtin sum() over a generator expression iterating a tensor's rows; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RowEnergy(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, x):
        energy = sum(ops.reduce_sum(r * r) for r in x)
        return energy / x.shape[0]


def make():
    return RowEnergy(), (Tensor(np.ones((4, 8), np.float32)),)

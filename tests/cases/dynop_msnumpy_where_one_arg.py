# case: mindspore.numpy.where with only a condition (hazard?)
import mindspore.numpy as mnp
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Pos(nn.Cell):
    def construct(self, x):
        idx = mnp.where(x > 0)
        return idx[0]


def make():
    return Pos(), (Tensor(np.array([1.0, -1.0, 2.0], np.float32)),)

# case: ops.unique where only the inverse index (static shape) is used
import numpy as np
import mindspore as ms
from mindspore import nn, ops


class Inv(nn.Cell):
    def construct(self, ids):
        _, idx = ops.unique(ids)
        return idx * 2


def make():
    return Inv(), (ms.Tensor(np.array([4, 1, 4, 2, 1], np.int32)),)

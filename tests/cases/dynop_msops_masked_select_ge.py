# case: ms.ops.masked_select with a mask from ops.ge
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

class Pos(nn.Cell):
    def construct(self, x):
        return ms.ops.masked_select(x, ms.ops.ge(x, 0.0))


def make():
    return Pos(), (Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)),)

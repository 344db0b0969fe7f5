# case: P.ReduceMax with the axis given as a tensor argument
import numpy as np
import mindspore as ms
from mindspore import nn
from mindspore.ops import operations as P


class AxisMax(nn.Cell):
    def __init__(self):
        super().__init__()
        self.rmax = P.ReduceMax()

    def construct(self, x, axis):
        return self.rmax(x, axis)


def make():
    return AxisMax(), (ms.Tensor(np.random.rand(3, 4).astype(np.float32)), ms.Tensor(1, ms.int64))

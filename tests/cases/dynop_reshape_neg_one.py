# case: reshape with a literal -1 dimension (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops


class Flat(nn.Cell):
    def construct(self, x):
        return ops.reshape(x, (-1, 2))


def make():
    return Flat(), (ms.Tensor(np.arange(12, dtype=np.float32).reshape(3, 4)),)

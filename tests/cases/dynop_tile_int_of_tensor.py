# case: ops.tile multiples contain int(k) of a tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops


class Rep(nn.Cell):
    def construct(self, x, k):
        return ops.tile(x, (int(k), 1))


def make():
    return Rep(), (ms.Tensor(np.ones((2, 3), np.float32)), ms.Tensor(3, ms.int64))

# case: while loop on a tensor counter reading one row per step (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Acc(nn.Cell):
    def construct(self, x, n):
        i = Tensor(0, ms.int32)
        out = ops.zeros_like(x[0])
        while i < n:
            out = out + x[i]
            i = i + 1
        return out


def make():
    return Acc(), (Tensor(np.ones((4, 3), np.float32)), Tensor(3, ms.int32))

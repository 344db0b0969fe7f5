# case: a while on a tensor bound sizes ops.zeros by a carried Python int -> dynamic at line 12
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, n):
        acc = ops.zeros((2,), ms.float32)
        i = 1
        while i < n:
            pad = ops.zeros((i,), ms.float32)
            acc = acc + pad.sum()
            i = i + 2
        return acc


def make():
    return Net(), (Tensor(np.random.RandomState(0).randn(2, 12).astype(np.float32)), Tensor(7, ms.int32))

# case: the carried Python int of a tensor-bounded while slices after the loop -> dynamic at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, n):
        i = 0
        acc = ops.zeros((2,), ms.float32)
        while i < n:
            acc = acc + 1.0
            i = i + 3
        return x[:, :i].sum(), acc


def make():
    return Net(), (Tensor(np.random.RandomState(0).randn(2, 12).astype(np.float32)), Tensor(7, ms.int32))

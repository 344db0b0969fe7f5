# case: a while on a tensor bound steps a Python int that slices the input -> dynamic at line 12
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, n):
        acc = ops.zeros((2, 3), ms.float32)
        start = 0
        while start < n:
            acc = acc + x[:, start:start + 3]
            start = start + 3
        return acc


def make():
    return Net(), (Tensor(np.random.RandomState(0).randn(2, 12).astype(np.float32)), Tensor(7, ms.int32))

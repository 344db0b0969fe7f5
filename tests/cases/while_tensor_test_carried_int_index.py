# case: a while on a tensor bound steps a Python int that indexes one column -> static?
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, n):
        acc = ops.zeros((2,), ms.float32)
        i = 0
        while i < n:
            acc = acc + x[:, i]
            i = i + 1
        return acc


def make():
    return Net(), (Tensor(np.random.RandomState(0).randn(2, 12).astype(np.float32)), Tensor(7, ms.int32))

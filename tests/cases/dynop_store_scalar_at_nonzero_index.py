# case: a 1.0 written at the nonzero indices -> dynamic at lines 9 and 11
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, k):
        idx = ops.nonzero(x > 0).reshape(-1)
        row = ops.zeros_like(x)
        row[idx] = 1.0
        return row


def make():
    return Net(), (Tensor(np.random.RandomState(0).randn(12).astype(np.float32)), Tensor(4, ms.int32))

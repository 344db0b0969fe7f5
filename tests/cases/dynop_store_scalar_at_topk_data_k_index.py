# case: a 1.0 written at the indices of a topk whose k is tensor data -> dynamic at lines 9 and 11
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, k):
        _, idx = ops.topk(x, int(k))
        row = ops.zeros_like(x)
        row[idx] = 1.0
        return row


def make():
    return Net(), (Tensor(np.random.RandomState(0).randn(12).astype(np.float32)), Tensor(4, ms.int32))

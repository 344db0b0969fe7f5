# case: the topk values written back at their indices, k from tensor data -> dynamic at line 9
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, k):
        vals, idx = ops.topk(x, int(k))
        row = ops.zeros_like(x)
        row[idx] = vals
        return row


def make():
    return Net(), (Tensor(np.random.RandomState(0).randn(12).astype(np.float32)), Tensor(4, ms.int32))

# case: a concat whose first part is a data-bound slice, its length sizing ops.zeros -> dynamic at 9 and 11
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, k):
        y = ops.concat((x[:k], x))
        n = y.shape[0]
        return ops.zeros((n, 2), ms.float32) + 1


def make():
    return Net(), (Tensor(np.ones((4, 2), np.float32)), Tensor(2, ms.int32))

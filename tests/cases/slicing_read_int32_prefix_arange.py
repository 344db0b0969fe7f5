# case: a prefix of a constant arange read at an int32 bound -> dynamic at line 11
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, v, n):
        k = (v > 2).astype(ms.int32)[1]
        idx = ops.arange(8)
        return idx[:k + 2]


def make():
    return Net(), (Tensor(np.array([1.2, 4.7, 2.0, 3.0], np.float32)), Tensor(np.array([3, 5], np.int32)))

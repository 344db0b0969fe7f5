# case: int() of a 0-d Tensor argument as a slice bound: the cut has a data-dependent length, dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Cut(nn.Cell):
    def construct(self, x, n):
        k = int(n)
        return x[:k] * 2.0


def make():
    return Cut(), (Tensor(np.random.rand(8).astype(np.float32)), Tensor(3, ms.int32))

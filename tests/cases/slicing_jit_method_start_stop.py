# case: @ms.jit decorated method slicing x[k:k+2] with tensor k
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Pair(nn.Cell):
    @ms.jit
    def construct(self, x, k):
        return x[k:k + 2]


def make():
    return Pair(), (Tensor(np.arange(10, dtype=np.float32)), Tensor(3, ms.int64))

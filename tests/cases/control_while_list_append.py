# case: while loop on a tensor counter appending to a list, then concat
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Accum(nn.Cell):
    def construct(self, x, n):
        parts = []
        i = Tensor(0, ms.int64)
        while i < n:
            parts.append(x * i)
            i = i + 1
        return ops.concat(parts)


def make():
    return Accum(), (Tensor(np.ones(2, np.float32)), Tensor(3, ms.int64))

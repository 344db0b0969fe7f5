# case: drop the last k rows using a negated tensor as the stop
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class DropTail(nn.Cell):
    def construct(self, x, k):
        return x[:-k]


def make():
    return DropTail(), (Tensor(np.arange(20, dtype=np.float32).reshape(5, 4)), Tensor(2, ms.int64))

# case: reduce the last axis chosen by x.ndim - 1
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class LastSum(nn.Cell):
    def construct(self, x):
        return ops.sum(x, dim=x.ndim - 1)


def make():
    return LastSum(), (Tensor(np.linspace(-3, 3, 12, dtype=np.float32).reshape(3, 4)),)

# case: near miss: the same slice at an int64 bound
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PrefixSum(nn.Cell):
    def construct(self, x):
        k = (x > 0).sum().astype(ms.int64)
        head = x[:k].sum()
        return head * 2


def make():
    np.random.seed(1)
    return PrefixSum(), (Tensor(np.random.randn(8).astype(np.float32)),)

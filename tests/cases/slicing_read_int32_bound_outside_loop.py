# case: a slice read at an int32 Tensor bound (a count cast to int32), then summed
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PrefixSum(nn.Cell):
    def construct(self, x):
        k = (x > 0).sum().astype(ms.int32)
        head = x[:k].sum()
        return head * 2


def make():
    np.random.seed(1)
    return PrefixSum(), (Tensor(np.random.randn(8).astype(np.float32)),)

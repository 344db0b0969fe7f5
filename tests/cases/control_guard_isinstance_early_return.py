# case: an early return for non-Tensor inputs; what follows runs on the Tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Scale(nn.Cell):
    def construct(self, x, k):
        if not isinstance(k, Tensor):
            return x[:k]
        return x * k


def make():
    return Scale(), (Tensor(np.random.randn(4, 2).astype(np.float32)), Tensor(2, ms.int32))

# case: Tensor.max over an axis bound to int(tensor), then used in a subtraction
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, k):
        axis = int(k)
        peak = x.max(axis=axis)
        out = peak - 1.0
        return out


def make():
    np.random.seed(16)
    return Net(), (Tensor(np.random.rand(4, 5).astype(np.float32)), Tensor(1, ms.int32))

# case: from numpy import ones: constant array added to a tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from numpy import ones


class Net(nn.Cell):
    def construct(self, x, k):
        return x + Tensor(ones((4,), np.float32))


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))

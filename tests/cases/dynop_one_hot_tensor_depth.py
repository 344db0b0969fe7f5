# case: one_hot with a tensor depth
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, v, k):
        return ops.one_hot(v, k, Tensor(1.0), Tensor(0.0))


def make():
    return Net(), (Tensor(np.array([3, 1, 3, 2, 1, 1], np.int32)), Tensor(4, ms.int32))

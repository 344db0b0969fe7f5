# case: ops.cartesian_prod of two 1-D tensor inputs
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, a, b):
        return ops.cartesian_prod(a, b)


def make():
    return Net(), (Tensor(np.array([1, 2], np.int32)), Tensor(np.array([5, 6, 7], np.int32)))

# case: mint.diff with n given as a scalar Tensor input (docstring allows an int scalar tensor)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, mint


class Net(nn.Cell):
    def construct(self, x, n):
        return mint.diff(x, n)


def make():
    return Net(), (Tensor(np.array([1, 3, -1, 0, 4], np.int32)), Tensor(2, ms.int32))

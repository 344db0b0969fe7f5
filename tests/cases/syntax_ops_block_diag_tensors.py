# case: ops.block_diag of a 2-D and a 1-D tensor input
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, a, b):
        return ops.block_diag(a, b)


def make():
    return Net(), (Tensor(np.array([[4], [3], [2]], np.int32)), Tensor(np.array([7, 6, 5], np.int32)))

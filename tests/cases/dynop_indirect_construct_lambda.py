# case: a lambda defined in construct calls ops.nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def construct(self, x):
        find = lambda v: ops.nonzero(v)
        idx = find(x)
        return idx + 1


def make():
    return Net(), (Tensor(np.array([0, 2, 3, 0], np.float32)),)

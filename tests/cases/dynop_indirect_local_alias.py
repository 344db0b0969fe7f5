# case: ops.nonzero bound to a local name in construct, then called
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def construct(self, x):
        find = ops.nonzero
        idx = find(x)
        return idx + 1


def make():
    return Net(), (Tensor(np.array([0, 2, 3, 0], np.float32)),)

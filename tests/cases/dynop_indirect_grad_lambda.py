# case: ops.grad of a lambda that sums a masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def construct(self, x):
        g = ops.grad(lambda v: ops.masked_select(v, v > 0).sum())
        return g(x)


def make():
    return Net(), (Tensor(np.array([0, -2, 3, 1], np.float32)),)

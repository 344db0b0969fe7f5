# case: a module-level lambda wrapping masked_select, called from construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


keep_positive = lambda v: ops.masked_select(v, v > 0)


class Net(nn.Cell):
    def construct(self, x):
        return keep_positive(x) * 2


def make():
    return Net(), (Tensor(np.array([0, -2, 3, 1], np.float32)),)

# case: near miss: a module-level @ms.jit helper with a static op, called from construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


@ms.jit
def twice(v):
    return ops.abs(v) * 2


class Net(nn.Cell):
    def construct(self, x):
        return twice(x) + 1


def make():
    return Net(), (Tensor(np.array([4, -4, 1, 7, 1], np.int32)),)

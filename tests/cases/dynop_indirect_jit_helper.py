# case: construct calls a module-level @ms.jit function that uses ops.unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


@ms.jit
def distinct(v):
    out, _ = ops.unique(v)
    return out


class Net(nn.Cell):
    def construct(self, x):
        return distinct(x) * 2


def make():
    return Net(), (Tensor(np.array([4, 4, 1, 7, 1], np.int32)),)

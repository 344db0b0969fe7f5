# case: construct calls a Cell method decorated with @ms.jit that uses ops.nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    @ms.jit
    def positions(self, v):
        return ops.nonzero(v)

    def construct(self, x):
        return self.positions(x) + 1


def make():
    return Net(), (Tensor(np.array([0, 2, 3, 0], np.float32)),)

# case: a staticmethod of the Cell calls ops.nonzero, reached from construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    @staticmethod
    def positions(v):
        return ops.nonzero(v)

    def construct(self, x):
        return self.positions(x) + 1


def make():
    return Net(), (Tensor(np.array([0, 2, 3, 0], np.float32)),)

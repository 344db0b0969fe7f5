# case: ms.grad of a Cell method that uses masked_select, from construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def loss(self, x):
        kept = x.masked_select(x > 0)
        return kept.sum()

    def construct(self, x):
        return ms.grad(self.loss)(x)


def make():
    return Net(), (Tensor(np.array([0, -2, 3, 1], np.float32)),)

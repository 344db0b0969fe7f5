# case: ops.grad of a module function whose body uses masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


def loss(x):
    kept = ops.masked_select(x, x > 0)
    return kept.sum()


class Net(nn.Cell):
    def construct(self, x):
        return ops.grad(loss)(x)


def make():
    return Net(), (Tensor(np.array([0, -2, 3, 1], np.float32)),)

# case: ms.grad of a helper bound to a local name before it is called
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


def loss(x):
    kept = ops.masked_select(x, x > 0)
    return kept.sum()


class Net(nn.Cell):
    def construct(self, x):
        grad_fn = ms.grad(loss)
        return grad_fn(x)


def make():
    return Net(), (Tensor(np.array([0, -2, 3, 1], np.float32)),)

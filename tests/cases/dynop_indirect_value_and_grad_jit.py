# case: ms.value_and_grad of a nonzero-using function inside an @ms.jit step
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


def loss(x):
    idx = ops.nonzero(x > 0)
    return (x * 2).sum() + idx.shape[0]


@ms.jit
def step(x):
    return ms.value_and_grad(loss)(x)


def make():
    return step, (Tensor(np.array([0, -2, 3, 1], np.float32)),)

# case: an @ms.jit function calls another @ms.jit function using unique_consecutive
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


@ms.jit
def runs(v):
    out = ops.unique_consecutive(v)
    return out


@ms.jit
def step(x):
    return runs(x) * 2


def make():
    return step, (Tensor(np.array([1, 1, 2, 2, 3], np.int32)),)

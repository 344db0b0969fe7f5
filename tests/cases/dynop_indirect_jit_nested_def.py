# case: a function nested in an @ms.jit function calls ops.masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


@ms.jit
def step(x):
    def keep(v):
        return ops.masked_select(v, v > 0)
    return keep(x) * 2


def make():
    return step, (Tensor(np.array([0, -2, 3, 1], np.float32)),)

# case: @jit imported from mindspore.common.api on a function using masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P

from mindspore.common.api import jit


@jit
def keep(x):
    return ops.masked_select(x, x > 0)


def make():
    return keep, (Tensor(np.array([0, -2, 3, 1], np.float32)),)

# case: a jit function calling a module helper that masks (hazard)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def positives(x):
    return ops.masked_select(x, x > 0)


@ms.jit
def total(x):
    return positives(x).sum()


def make():
    return total, (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 4),)

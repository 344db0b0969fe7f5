# case: @ms.jit: returns a tensor under a tensor condition, else falls off the end
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


@ms.jit
def f(x):
    h = ops.relu(x)
    if h.mean() > 0:
        return h


def make():
    return f, (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)

# case: @ms.jit function returns a tensor or the int -1 under a tensor condition
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


@ms.jit
def f(x):
    if x.sum() > 0:
        return x
    return -1


def make():
    return f, (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)

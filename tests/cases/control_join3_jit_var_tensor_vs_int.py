# case: @ms.jit: a name is a tensor in one branch and an int in the other
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


@ms.jit
def f(x):
    if x.sum() > 0:
        y = x * 2
    else:
        y = 0
    return y


def make():
    return f, (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)

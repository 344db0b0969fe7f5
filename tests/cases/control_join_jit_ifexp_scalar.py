# case: @ms.jit conditional expression: a tensor or 0.0
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


@ms.jit
def f(x):
    y = x * 2 if x.sum() > 0 else 0.0
    return y


def make():
    return f, (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)

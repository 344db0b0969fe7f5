# case: @ms.jit: tensor while returns a bool tensor inside and a float tensor after
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


@ms.jit
def f(x):
    while x.sum() < 100:
        x = x + 10
        if x.max() > 30:
            return x > 0
    return x


def make():
    return f, (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)

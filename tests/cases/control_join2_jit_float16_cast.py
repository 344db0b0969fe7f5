# case: @ms.jit: float16 cast on one path, the float32 input on the other
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


@ms.jit
def f(x):
    if x.sum() > 0:
        return ops.cast(x, ms.float16)
    return x


def make():
    return f, (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)

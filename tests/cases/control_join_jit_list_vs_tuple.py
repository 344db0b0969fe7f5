# case: @ms.jit function: tensor if returns a list or a tuple
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


@ms.jit
def f(x):
    if (x > 0).all():
        return [x]
    return (x,)


def make():
    return f, (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)

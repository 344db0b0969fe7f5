# case: @ms.jit function returning a NumPy array
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


@ms.jit
def f(x, k):
    mask = np.ones((4,), np.bool_)
    return x, mask


def make():
    return f, (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))

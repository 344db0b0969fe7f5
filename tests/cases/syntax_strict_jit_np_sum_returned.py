# case: @ms.jit function returning a NumPy reduction of constants
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


@ms.jit
def f(x, k):
    total = np.sum([1, 2, 3])
    return x * 2, total


def make():
    return f, (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))

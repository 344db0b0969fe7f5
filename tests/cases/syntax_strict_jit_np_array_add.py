# case: @ms.jit function folding a NumPy reduction of a constant
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


@ms.jit
def f(x, k):
    n = np.sum(np.arange(4))
    return x * int(n)


def make():
    return f, (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))

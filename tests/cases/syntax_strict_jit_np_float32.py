# case: @ms.jit function multiplying by np.float32
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


@ms.jit
def f(x, k):
    return x * np.float32(0.5)


def make():
    return f, (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))

# case: @ms.jit function calling .asnumpy() on a constant Tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


@ms.jit
def f(x, k):
    a = ops.ones((2,), ms.float32).asnumpy()
    return x + float(a[0])


def make():
    return f, (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))

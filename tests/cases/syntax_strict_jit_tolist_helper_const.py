# case: @ms.jit helper calling .tolist() on a constant Tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


def steps():
    return Tensor([1, 2, 3]).tolist()


@ms.jit
def f(x, k):
    s = steps()
    return x * s[0]


def make():
    return f, (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))

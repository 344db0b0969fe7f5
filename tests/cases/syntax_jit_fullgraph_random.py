# case: @ms.jit(fullgraph=True) function using random.random()
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
import random

@ms.jit(fullgraph=True)
def f(x, k):
    return x * random.random()


def make():
    return f, (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))

# case: @ms.jit function sorting a list of tensor statistics
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


@ms.jit
def f(x, k):
    stats = [x.sum(), x.mean(), x.max()]
    stats.sort()
    return stats[0] * k


def make():
    return f, (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))

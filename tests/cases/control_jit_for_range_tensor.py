# case: @ms.jit for loop over range(n) where n is a tensor argument
import numpy as np
import mindspore as ms


@ms.jit
def power(x, n):
    out = x
    for _ in range(n):
        out = out * x
    return out


def make():
    return power, (ms.Tensor(np.full(3, 2.0, np.float32)), ms.Tensor(2, ms.int64))

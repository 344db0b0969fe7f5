# case: @ms.jit slice assignment x[k:] = 1 with tensor start
import numpy as np
import mindspore as ms


@ms.jit
def fill_tail(x, k):
    x[k:] = 1.0
    return x


def make():
    return fill_tail, (ms.Tensor(np.zeros(7, np.float32)), ms.Tensor(4, ms.int64))

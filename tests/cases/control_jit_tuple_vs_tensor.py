# case: @ms.jit early return of a tuple in one branch and a tensor in the other
import numpy as np
import mindspore as ms


@ms.jit
def split_or_not(x):
    if x.max() > 2:
        return x, x * 2
    return x


def make():
    return split_or_not, (ms.Tensor(np.array([1, 3], np.float32)),)

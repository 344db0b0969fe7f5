# case: nested function with nonlocal inside @ms.jit
import numpy as np
import mindspore as ms
from mindspore import Tensor


@ms.jit
def run(x):
    total = x

    def bump():
        nonlocal total
        total = total + 1

    bump()
    return total


def make():
    return run, (Tensor(np.ones(3, np.float32)),)

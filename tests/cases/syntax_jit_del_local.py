# case: del of a local variable inside @ms.jit
import numpy as np
import mindspore as ms
from mindspore import Tensor


@ms.jit
def run(x):
    tmp = x * 2
    out = tmp + 1
    del tmp
    return out


def make():
    return run, (Tensor(np.ones(3, np.float32)),)

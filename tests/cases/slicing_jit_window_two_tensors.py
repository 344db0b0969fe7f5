# case: jit function slicing between two data-valued bounds
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

@ms.jit
def window(x, lo, hi):
    return x[lo:hi]


def make():
    return window, (Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)), Tensor(np.array(1, np.int64)), Tensor(np.array(5, np.int64)))

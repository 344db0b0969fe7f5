# case: jit function reads the nonzero entries through ops.ne
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

@ms.jit
def nonzero_vals(x):
    m = ops.ne(x, 0.0)
    return x[m]


def make():
    return nonzero_vals, (Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)),)

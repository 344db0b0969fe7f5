# case: jit function grows a tensor in a constant-count loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

@ms.jit
def grow(x):
    out = x
    for _ in range(3):
        out = ops.concat((out, x))
    return out


def make():
    return grow, (Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)),)

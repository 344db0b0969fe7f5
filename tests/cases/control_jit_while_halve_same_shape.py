# case: jit while loop on the max value keeps the shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

@ms.jit
def shrink(x):
    while x.max() > 1.0:
        x = x / 2
    return x


def make():
    return shrink, (Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)),)

# case: ops.where replaces negatives, no shape change
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

@ms.jit
def relu_like(x):
    return ops.where(x > 0, x, ops.zeros_like(x))


def make():
    return relu_like, (Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)),)

# case: last three entries with a negative python literal
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

@ms.jit
def last3(x):
    return x[-3:]


def make():
    return last3, (Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)),)

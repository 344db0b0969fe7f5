# case: jit function increments a module global
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CALLS = 0


@ms.jit
def count(x):
    global CALLS
    CALLS += 1
    return x + CALLS


def make():
    return count, (Tensor(np.ones(3, np.float32)),)

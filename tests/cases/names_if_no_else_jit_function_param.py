import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: an @ms.jit function binds a name only under `if flag:` (a parameter), reads it after
@ms.jit
def f(x, flag=True):
    if flag:
        y = x * 2
    return y + 1


def make():
    return f, (Tensor(np.ones((2, 3), np.float32)),)

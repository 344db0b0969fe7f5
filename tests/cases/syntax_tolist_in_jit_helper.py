# case: module helper sums tolist() of a tensor, called from a jit function
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

def total(t):
    s = 0.0
    for v in t.tolist():
        s = s + v
    return s


@ms.jit
def run(x):
    return x * total(x)


def make():
    return run, (Tensor(np.array([1.0, 2.0], np.float32)),)

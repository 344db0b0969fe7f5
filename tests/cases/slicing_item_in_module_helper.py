# case: module-level helper slices with k.item() called from a jit function
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

def keep_first(t, k):
    return t[:k.item()]


@ms.jit
def run(x, k):
    return keep_first(x, k).sum()


def make():
    return run, (Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)), Tensor(np.array(4, np.int64)))

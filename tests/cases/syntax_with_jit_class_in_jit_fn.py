# case: with statement on a jit_class context manager inside a jit function
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

@ms.jit_class
class Scope:
    def __init__(self):
        self.k = 2

    def __enter__(self):
        return self.k

    def __exit__(self, *args):
        return False


@ms.jit
def run(x):
    with Scope() as k:
        y = x * k
    return y


def make():
    return run, (Tensor(np.ones(3, np.float32)),)

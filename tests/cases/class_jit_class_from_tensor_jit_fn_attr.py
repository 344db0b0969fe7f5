# case: jit_class built from a tensor reduction inside a jit function
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

@ms.jit_class
class Norm:
    def __init__(self, s):
        self.s = s


@ms.jit
def run(x):
    n = Norm(x.max())
    return x / n.s


def make():
    return run, (Tensor(np.arange(1, 5, dtype=np.float32)),)

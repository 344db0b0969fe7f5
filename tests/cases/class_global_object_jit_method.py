# case: jit function calls a method of a module-level object with a tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Affine:
    def __init__(self):
        self.a = 2.0
        self.b = -1.0

    def apply(self, t):
        return t * self.a + self.b


AFF = Affine()


@ms.jit
def run(x):
    return AFF.apply(x)


def make():
    return run, (Tensor(np.ones(3, np.float32)),)

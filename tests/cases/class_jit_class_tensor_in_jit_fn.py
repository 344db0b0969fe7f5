# case: @ms.jit_class instantiated with a tensor inside an @ms.jit function
import numpy as np
import mindspore as ms
from mindspore import Tensor


@ms.jit_class
class Acc:
    def __init__(self, base):
        self.base = base

    def add(self, y):
        return self.base + y


@ms.jit
def run(x, y):
    a = Acc(x)
    return a.add(y)


def make():
    return run, (Tensor(np.ones(3, np.float32)), Tensor(np.ones(3, np.float32)))

# case: @ms.jit_class instantiated with a float literal inside @ms.jit (near miss)
import numpy as np
import mindspore as ms
from mindspore import Tensor


@ms.jit_class
class Scaler:
    def __init__(self, s):
        self.s = s

    def __call__(self, y):
        return y * self.s


@ms.jit
def run(x):
    f = Scaler(0.25)
    return f(x)


def make():
    return run, (Tensor(np.ones(3, np.float32)),)

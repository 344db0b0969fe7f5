# case: @ms.jit reads an attribute of a module-level plain object it never sets -> LAX static; STRICT static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

class Cfg:
    def __init__(self):
        self.factor = 3


CFG = Cfg()


@ms.jit
def scaled(x):
    f = CFG.factor * 2
    return x * f


def make():
    return scaled, (Tensor(np.ones((2, 2), np.float32)),)

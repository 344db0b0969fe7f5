# case: @ms.jit stores a Tensor on a module-level plain object -> LAX dynamic at [17]; STRICT dynamic at [17]
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

class Box:
    def __init__(self):
        self.last = None


BOX = Box()


@ms.jit
def keep(x):
    y = x * 2
    BOX.last = y
    return y + 1


def make():
    return keep, (Tensor(np.ones((2, 2), np.float32)),)

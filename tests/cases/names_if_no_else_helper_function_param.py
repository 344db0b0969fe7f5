import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: a module-level helper function binds a name only under `if flag:` (a parameter), reads it after; construct calls it
def scale(x, flag=True):
    if flag:
        y = x * 2
    return y + 1


class Net(nn.Cell):
    def construct(self, x):
        return scale(x)


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)

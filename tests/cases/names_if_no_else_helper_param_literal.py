import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: a helper method binds a name only under `if mode == "a":` (mode a parameter given a literal), reads it after
class Net(nn.Cell):
    def scale(self, x, mode):
        if mode == "a":
            y = x * 2
        return y + 1

    def construct(self, x):
        return self.scale(x, "a")


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)

import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: a name bound only under `if MODE == "a":` (a module constant), read after
MODE = "a"


class Net(nn.Cell):
    def construct(self, x):
        if MODE == "a":
            y = x * 2
        return y + 1


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)

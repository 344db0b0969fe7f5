import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: a name bound under `if mode == ...: / elif mode == ...:` with no else, mode a string argument with a default, read after
class Net(nn.Cell):
    def construct(self, x, mode="nerf"):
        if mode == "nerf":
            y = x * 2
        elif mode == "stf":
            y = x * 3
        return y + 1


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)

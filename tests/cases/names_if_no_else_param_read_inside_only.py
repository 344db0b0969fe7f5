import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: near miss: a name bound under `if mode == "a":` on a parameter is read only inside that branch
class Net(nn.Cell):
    def construct(self, x, mode="a"):
        out = x
        if mode == "a":
            y = x * 2
            out = y + 1
        return out


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)

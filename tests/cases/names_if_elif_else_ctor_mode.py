import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: near miss: if/elif/else on a constructor string, every arm binds the name
class Net(nn.Cell):
    def __init__(self, mode="a"):
        super().__init__()
        self.mode = mode

    def construct(self, x):
        if self.mode == "a":
            y = x * 2
        elif self.mode == "b":
            y = x * 3
        else:
            y = x
        return y + 1


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)

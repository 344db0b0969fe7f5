import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: `if self.flag and mode == "a":` (an attribute and a parameter), no else, read after
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.flag = True

    def construct(self, x, mode="a"):
        if self.flag and mode == "a":
            y = x * 2
        return y + 1


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)

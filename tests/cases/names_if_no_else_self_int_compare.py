import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: `if self.n > 2:` (an int attribute, 3), no else, read after
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.n = 3

    def construct(self, x):
        if self.n > 2:
            y = x * 2
        return y + 1


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)

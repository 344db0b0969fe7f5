import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: `if self.mode == MODE:` (an attribute against a module constant), no else, read after
MODE = "a"


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.mode = "a"

    def construct(self, x):
        if self.mode == MODE:
            y = x * 2
        return y + 1


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)

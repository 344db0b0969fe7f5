import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: `if self.mode in ("a", "b"):` (an attribute in a literal tuple), no else, read after
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.mode = "a"

    def construct(self, x):
        if self.mode in ("a", "b"):
            y = x * 2
        return y + 1


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)

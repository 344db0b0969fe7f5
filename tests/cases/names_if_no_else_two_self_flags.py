import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: `if self.a and self.b:` (two bool attributes, both True), no else, read after
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.a = True
        self.b = True

    def construct(self, x):
        if self.a and self.b:
            y = x * 2
        return y + 1


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)

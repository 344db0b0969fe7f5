import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: `if len(self.sizes) > 1:` on a list attribute, no else, read after
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.sizes = [1, 2]

    def construct(self, x):
        if len(self.sizes) > 1:
            y = x * 2
        return y + 1


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)

import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: near miss?: `if not self.skip:` (False), no else, read after
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.skip = False

    def construct(self, x):
        if not self.skip:
            y = x * 2
        return y + 1


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)

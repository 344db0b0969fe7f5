import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: a name bound only under `if self.use_bias:` (True), read after the if
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.use_bias = True

    def construct(self, x):
        if self.use_bias:
            b = x * 2
        return x + b


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)

# case: np.bool (removed in NumPy 1.24) read at the top of __init__: building the Cell fails
import numpy as np
from mindspore import nn, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.mask_dtype = np.bool

    def construct(self, x):
        return x[x > 0]


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)

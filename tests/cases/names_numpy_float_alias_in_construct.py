# case: np.float (removed in NumPy 1.24) read in construct: graph mode compiles it (near miss)
import numpy as np
from mindspore import nn, Tensor


class Net(nn.Cell):
    def construct(self, x):
        scale = np.float(2)
        return x * scale


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)

# case: a docstring of construct whose second line starts at column 0
import numpy as np
from mindspore import nn, Tensor


class Net(nn.Cell):
    def construct(self, x):
        """Doubles x.
Returns a tensor of the same shape."""
        return x * 2


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)

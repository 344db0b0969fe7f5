import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: `x.expand((2, 3, 4))` with a tuple of ints in construct (PyTorch spelling)
class Net(nn.Cell):
    def construct(self, x):
        y = x.expand((2, 3, 4))
        return y * 2


def make():
    return Net(), (Tensor(np.ones((1, 3, 4), np.float32)),)

import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: the same two `if mask is not None` tests, mask passed a Tensor
class Net(nn.Cell):
    def construct(self, x, mask=None):
        if mask is not None:
            m = mask * 2
        x = x * 3
        if mask is not None:
            x = x + m
        return x


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)), Tensor(np.ones((2, 3), np.float32)))

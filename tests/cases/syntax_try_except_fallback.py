# case: wraps a reshape in try/except inside construct to fall back to a flatten; try/except is not supported by the graph compiler, expect an error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SafeReshape(nn.Cell):
    def __init__(self, shape):
        super().__init__()
        self.shape = shape

    def construct(self, x):
        try:
            y = x.reshape(self.shape)
        except ValueError:
            y = x.reshape(-1)
        return y * 2


def make():
    return SafeReshape((4, 3)), (Tensor(np.random.randn(3, 4).astype(np.float32)),)

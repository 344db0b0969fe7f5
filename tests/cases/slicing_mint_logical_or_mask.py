# case: mask built with mint.logical_or used to index rows
import numpy as np
import mindspore as ms
from mindspore import nn, mint, Tensor

class Outliers(nn.Cell):
    def construct(self, x):
        m = mint.logical_or(x < -0.5, x > 0.5)
        return x[m] * 3


def make():
    return Outliers(), (Tensor(np.linspace(-1, 1, 24, dtype=np.float32).reshape(6, 4)),)

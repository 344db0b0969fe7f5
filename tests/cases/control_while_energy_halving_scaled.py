# case: while on the energy of x (read in the test) halves and scales x; returns x
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Compressor(nn.Cell):
    def __init__(self, thresh=1.0):
        super().__init__()
        self.thresh = thresh

    def construct(self, x):
        while (x * x).sum() > self.thresh:
            x = x[::2] * 0.5
        return x


def make():
    return Compressor(), (Tensor(np.ones(16, np.float32) * 3),)

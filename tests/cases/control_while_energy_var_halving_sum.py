# case: while on a separately carried energy halves x with x[::2]; only the sum is returned
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Compressor(nn.Cell):
    def __init__(self, thresh=1.0):
        super().__init__()
        self.thresh = thresh

    def construct(self, x):
        energy = (x * x).sum()
        while energy > self.thresh:
            x = x[::2]
            energy = (x * x).sum()
        return x.sum()


def make():
    return Compressor(), (Tensor(np.ones(16, np.float32)),)

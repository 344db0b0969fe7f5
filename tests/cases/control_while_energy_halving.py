# case: signal compressor halves the sequence (x[::2]) while its energy, a tensor, is above a threshold (looks risky; the halving reaches a fixed length)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Compressor(nn.Cell):
    def __init__(self, thresh=1.0):
        super().__init__()
        self.thresh = thresh

    def construct(self, x):
        while (x * x).sum() > self.thresh:
            x = x[::2]
        return x.sum()


def make():
    return Compressor(), (Tensor(np.ones(16, np.float32)),)

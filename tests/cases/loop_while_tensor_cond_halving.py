# case: loop `while energy > thresh` keeps halving the sequence with x[::2] each step; tensor-valued condition with a carried tensor that changes shape -> dynamic or error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Downsampler(nn.Cell):
    def __init__(self, thresh=0.5):
        super().__init__()
        self.thresh = thresh

    def construct(self, x):
        energy = (x * x).mean()
        while energy > self.thresh:
            x = x[::2] * 0.5
            energy = (x * x).mean()
        return x


def make():
    return Downsampler(), (Tensor(np.random.randn(16, 4).astype(np.float32) * 3),)

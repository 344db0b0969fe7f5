# case: a sub-Cell picked by a conditional expression gets tensor values from its parent
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BorderLimits(nn.Cell):
    def construct(self, H, W):
        return ms.Tensor([W - 1, H - 1])


class ZeroLimits(nn.Cell):
    def construct(self, H, W):
        return ops.stack([W + 1, H + 1])


class Sampler(nn.Cell):
    def __init__(self, padding_mode="zeros"):
        super().__init__()
        self.limits = BorderLimits() if padding_mode == "border" else ZeroLimits()

    def construct(self, x):
        return self.limits(x.max(), x.min())


def make():
    return Sampler("border"), (Tensor(np.ones((1, 2, 3, 4), np.float32)),)

# case: float() of a scalar tensor reduction used as a scale factor; expect static at LAX and STRICT (scalar conversion is supported)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaxNormalize(nn.Cell):
    def __init__(self):
        super().__init__()
        self.eps = 1e-5

    def construct(self, x):
        peak = float(x.abs().max())
        scale = 1.0 / (peak + self.eps)
        return x * scale


def make():
    return MaxNormalize(), (Tensor(np.random.randn(4, 8).astype(np.float32)),)

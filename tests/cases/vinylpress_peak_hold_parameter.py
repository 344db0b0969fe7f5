# case: lacquer level meter keeps its peak-hold in a Parameter updated with ops.assign inside construct -> Parameter assign, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PeakHoldMeter(nn.Cell):
    def __init__(self, release=0.95):
        super().__init__()
        self.release = release
        self.held_peak = Parameter(Tensor(0.0, ms.float32), name="held_peak", requires_grad=False)

    def construct(self, block):
        peak = ops.abs(block).max()
        new_peak = ops.maximum(peak, self.held_peak * self.release)
        ops.assign(self.held_peak, new_peak)
        return new_peak


def make():
    np.random.seed(62)
    x = (np.random.randn(1024) * 0.4).astype(np.float32)
    return PeakHoldMeter(), (Tensor(x),)

# case: lacquer level meter stores the last measured peak on self inside construct as a peak-hold -> self attribute assigned in construct, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakHoldMeter(nn.Cell):
    def __init__(self, release=0.95):
        super().__init__()
        self.release = release
        self.held_peak = Tensor(0.0, ms.float32)

    def construct(self, block):
        peak = ops.abs(block).max()
        self.held_peak = ops.maximum(peak, self.held_peak * self.release)
        return self.held_peak


def make():
    np.random.seed(61)
    x = (np.random.randn(1024) * 0.4).astype(np.float32)
    return PeakHoldMeter(), (Tensor(x),)

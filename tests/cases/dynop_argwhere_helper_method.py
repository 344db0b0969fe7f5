# case: keypoint head calls a helper method that locates peaks with ops.argwhere
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakHead(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(4, 1, 1)
        self.pool = nn.MaxPool2d(3, 1, pad_mode="same")

    def find_peaks(self, heat):
        is_peak = ops.logical_and(heat == self.pool(heat), heat > 0.5)
        return ops.argwhere(is_peak[0, 0])

    def construct(self, feat):
        heat = ops.sigmoid(self.conv(feat))
        coords = self.find_peaks(heat)
        return coords.astype(ms.float32).mean(axis=0)


def make():
    return PeakHead(), (Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32)),)

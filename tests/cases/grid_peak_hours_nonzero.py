# case: finds local peak hours in a daily load curve with nonzero and gathers the peak values -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakDetector(nn.Cell):
    def __init__(self, min_height=0.7):
        super().__init__()
        self.min_height = min_height

    def is_peak(self, curve):
        left = curve[1:-1] > curve[:-2]
        right = curve[1:-1] >= curve[2:]
        high = curve[1:-1] > self.min_height * curve.max()
        return ops.logical_and(ops.logical_and(left, right), high)

    def construct(self, curve):
        peaks = self.is_peak(curve)
        idx = ops.nonzero(peaks).reshape(-1) + 1
        values = ops.gather(curve, idx, 0)
        return idx, values


def make():
    np.random.seed(2)
    hours = np.arange(24)
    curve = 50 + 20 * np.sin(hours / 24 * 4 * np.pi) + np.random.randn(24) * 3
    return PeakDetector(), (Tensor(curve.astype(np.float32)),)

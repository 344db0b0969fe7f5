# case: finds the hours where grid load exceeds a peak threshold with nonzero and returns them -> nonzero output size depends on data (dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakHourDetector(nn.Cell):
    def __init__(self, peak_ratio=0.85):
        super().__init__()
        self.peak_ratio = peak_ratio

    def threshold(self, load):
        return load.max() * self.peak_ratio

    def construct(self, load):
        thr = self.threshold(load)
        is_peak = load > thr
        peak_hours = ops.nonzero(is_peak)
        return peak_hours.squeeze(-1)


def make():
    np.random.seed(2)
    base = 40 + 25 * np.sin(np.linspace(0, 2 * np.pi, 24))
    load = (base + np.random.normal(0, 2, 24)).astype(np.float32)
    return PeakHourDetector(), (Tensor(load),)

# case: wet-hour mean intensity via a float mask multiplied in and divided by mask count -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WetHourIntensityMasked(nn.Cell):
    def __init__(self, wet_threshold_mm=0.2, eps=1e-6):
        super().__init__()
        self.wet_threshold_mm = wet_threshold_mm
        self.eps = eps

    def wet_mask(self, rain_mm):
        return (rain_mm > self.wet_threshold_mm).astype(rain_mm.dtype)

    def construct(self, rain_mm):
        # rain_mm: (gauges, hours)
        mask = self.wet_mask(rain_mm)
        wet_hours = mask.sum(axis=-1)
        intensity = (rain_mm * mask).sum(axis=-1) / (wet_hours + self.eps)
        wet_fraction = wet_hours / rain_mm.shape[-1]
        return intensity, wet_fraction


def make():
    np.random.seed(9)
    rain = np.random.gamma(0.6, 2.0, size=(6, 48)).astype(np.float32)
    rain[rain < 0.8] = 0.0
    return WetHourIntensityMasked(), (Tensor(rain),)

# case: keeps only wet hours with boolean-mask indexing rain[rain > threshold] then computes event intensity -> boolean indexing is dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WetHourIntensity(nn.Cell):
    """Mean intensity over wet hours of a rain gauge record."""

    def __init__(self, wet_threshold_mm=0.2):
        super().__init__()
        self.wet_threshold_mm = wet_threshold_mm

    def construct(self, rain_mm):
        wet = rain_mm[rain_mm > self.wet_threshold_mm]
        intensity = wet.mean()
        wet_hours = wet.shape[0]
        return intensity, wet_hours


def make():
    np.random.seed(8)
    rain = np.random.gamma(0.6, 2.0, size=(48,)).astype(np.float32)
    rain[rain < 0.8] = 0.0
    return WetHourIntensity(), (Tensor(rain),)

# case: power-curve anomaly score averages residuals only for samples inside the rated wind band using masked_select -> dynamic shape (masked_select output size depends on data)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReferencePowerCurve(nn.Cell):
    def __init__(self, cut_in=3.0, rated_speed=12.0, rated_power=2000.0):
        super().__init__()
        self.cut_in = cut_in
        self.rated_speed = rated_speed
        self.rated_power = rated_power

    def construct(self, wind):
        frac = (wind - self.cut_in) / (self.rated_speed - self.cut_in)
        frac = ops.clamp(frac, 0.0, 1.0)
        return self.rated_power * frac ** 3


class PowerResidualScore(nn.Cell):
    def __init__(self, band_low=4.0, band_high=11.5):
        super().__init__()
        self.curve = ReferencePowerCurve()
        self.band_low = band_low
        self.band_high = band_high

    def construct(self, wind, power):
        expected = self.curve(wind)
        resid = ops.abs(power - expected) / 2000.0
        in_band = ops.logical_and(wind >= self.band_low, wind <= self.band_high)
        picked = ops.masked_select(resid, in_band)
        return picked.mean()


def make():
    np.random.seed(1)
    wind = Tensor(np.random.uniform(0, 18, size=(64,)).astype(np.float32))
    power = Tensor(np.random.uniform(0, 2100, size=(64,)).astype(np.float32))
    return PowerResidualScore(), (wind, power)

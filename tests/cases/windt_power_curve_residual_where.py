# case: power-curve residual score averages residuals inside the rated wind band using a float mask and ops.where instead of masked_select -> fixed shapes, static expected
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
        frac = ops.clamp((wind - self.cut_in) / (self.rated_speed - self.cut_in), 0.0, 1.0)
        return self.rated_power * frac ** 3


class BandMaskedResidual(nn.Cell):
    def __init__(self, band_low=4.0, band_high=11.5):
        super().__init__()
        self.curve = ReferencePowerCurve()
        self.band_low = band_low
        self.band_high = band_high

    def construct(self, wind, power):
        resid = ops.abs(power - self.curve(wind)) / 2000.0
        in_band = ops.logical_and(wind >= self.band_low, wind <= self.band_high)
        masked = ops.where(in_band, resid, ops.zeros_like(resid))
        count = in_band.astype(ms.float32).sum()
        return masked.sum() / ops.maximum(count, 1.0)


def make():
    np.random.seed(23)
    wind = Tensor(np.random.uniform(0, 18, size=(64,)).astype(np.float32))
    power = Tensor(np.random.uniform(0, 2100, size=(64,)).astype(np.float32))
    return BandMaskedResidual(), (wind, power)

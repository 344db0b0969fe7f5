# case: splits the hive-weight window into day and night halves using x.shape and compares the means -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DayNightWeightDelta(nn.Cell):
    """Nectar-flow indicator: mean daytime weight minus mean nighttime weight per hive."""

    def __init__(self, scale_kg=1.0):
        super().__init__()
        self.scale_kg = scale_kg

    def halves(self, series):
        half = series.shape[1] // 2
        return series[:, :half], series[:, half:]

    def construct(self, series):
        day, night = self.halves(series)
        delta = day.mean(axis=1) - night.mean(axis=1)
        return delta * self.scale_kg


def make():
    np.random.seed(1)
    series = (30.0 + np.random.randn(4, 48) * 0.2).astype(np.float32)
    return DayNightWeightDelta(), (Tensor(series),)

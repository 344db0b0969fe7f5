# case: hive scale weight trend over the last N readings where N is a config int -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def moving_average(series, width):
    kernel = ops.ones((1, 1, width), ms.float32) / width
    return ops.conv1d(series.reshape(1, 1, -1), kernel).reshape(-1)


class HiveWeightTrend(nn.Cell):
    def __init__(self, window_days=12, smooth=3):
        super().__init__()
        self.window_days = window_days
        self.smooth = smooth
        self.gain = ms.Parameter(Tensor(np.ones(1, np.float32)), name="gain")

    def construct(self, weights_kg):
        recent = weights_kg[-self.window_days:]
        trend = moving_average(recent, self.smooth) * self.gain
        delta = trend[-1] - trend[0]
        return trend, delta


def make():
    np.random.seed(3051)
    weights = np.cumsum(np.random.randn(48).astype(np.float32) * 0.3) + 42.0
    return HiveWeightTrend(), (Tensor(weights.astype(np.float32)),)

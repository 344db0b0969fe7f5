# case: seasonal-naive forecaster picks the period by argmax of autocorrelation and slices the last period -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeasonalNaive(nn.Cell):
    def __init__(self, min_period=2, max_period=8, horizon=4):
        super().__init__()
        self.min_period = min_period
        self.max_period = max_period
        self.horizon = horizon

    def autocorr(self, x):
        x = x - x.mean()
        scores = []
        for lag in range(self.min_period, self.max_period + 1):
            scores.append((x[lag:] * x[:-lag]).mean())
        return ops.stack(scores)

    def construct(self, series):
        scores = self.autocorr(series)
        period = ops.argmax(scores) + self.min_period
        season = series[-period:]
        reps = self.horizon // self.min_period + 1
        return ops.tile(season, (reps,))[: self.horizon]


def make():
    np.random.seed(10)
    t = np.arange(32)
    s = np.sin(2 * np.pi * t / 5).astype(np.float32) + 0.1 * np.random.randn(32).astype(np.float32)
    return SeasonalNaive(), (Tensor(s),)

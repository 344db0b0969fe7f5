# case: fit a weight trend over the last window_days taken from the Cell config (Python int) -> constant slice, Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def linear_slope(y):
    n = y.shape[0]
    t = ops.arange(0, n, dtype=ms.float32)
    t_c = t - t.mean()
    y_c = y - y.mean()
    return (t_c * y_c).sum() / (t_c * t_c).sum()


class RecentWeightTrendFixed(nn.Cell):
    def __init__(self, window_days=14, per_week=True):
        super().__init__()
        self.window_days = window_days
        self.per_week = per_week

    def construct(self, weights_kg):
        recent = weights_kg[-self.window_days:]
        slope = linear_slope(recent)
        if self.per_week:
            slope = slope * 7.0
        return slope


def make():
    np.random.seed(52)
    base = 95.0 + 0.1 * np.arange(60) + np.random.randn(60)
    return RecentWeightTrendFixed(), (Tensor(base.astype(np.float32)),)

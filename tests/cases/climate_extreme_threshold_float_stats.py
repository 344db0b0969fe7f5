# case: extreme-event threshold mean + k*std converted to Python floats before comparison -> compile error at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExtremeEventCounter(nn.Cell):
    """Count, per grid cell, the days above a domain-wide mean + k*std threshold."""

    def __init__(self, k_sigma=1.5, time_axis=0):
        super().__init__()
        self.k_sigma = k_sigma
        self.time_axis = time_axis

    def _threshold(self, series):
        mu = float(series.mean())
        sigma = float(series.std())
        return mu + self.k_sigma * sigma

    def construct(self, daily_field):
        thr = self._threshold(daily_field)
        exceed = (daily_field > thr).astype(ms.int32)
        return exceed.sum(axis=self.time_axis)


def make():
    rng = np.random.RandomState(14)
    x = Tensor(rng.randn(30, 4, 6).astype(np.float32))
    return ExtremeEventCounter(), (x,)

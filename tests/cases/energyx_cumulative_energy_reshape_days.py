# case: reshapes a multi-day hourly series into days using x.shape and computes cumulative daily energy -> reshape sizes from static shape, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DailyCumulative(nn.Cell):
    def __init__(self, hours_per_day=24):
        super().__init__()
        self.hours_per_day = hours_per_day

    def to_days(self, series):
        n_days = series.shape[-1] // self.hours_per_day
        return series.reshape((series.shape[0], n_days, self.hours_per_day))

    def construct(self, series):
        days = self.to_days(series)
        cum = ops.cumsum(days, axis=2)
        daily_total = cum[:, :, -1]
        return cum, daily_total


def make():
    np.random.seed(38)
    series = np.random.uniform(0.1, 2.0, size=(3, 96)).astype(np.float32)
    return DailyCumulative(), (Tensor(series),)

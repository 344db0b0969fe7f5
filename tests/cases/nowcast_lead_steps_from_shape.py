# case: accumulate the first half of the forecast leads where the number of steps comes from forecast.shape and a constructor ratio -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShortRangeAccumulation(nn.Cell):
    def __init__(self, fraction=0.5, minutes_per_step=10):
        super().__init__()
        self.fraction = fraction
        self.hours_per_step = minutes_per_step / 60.0

    def construct(self, forecast):
        # forecast: (B, T, H, W) rain rate in mm/h
        n_leads = forecast.shape[1]
        n = int(n_leads * self.fraction)
        short = forecast[:, :n]
        return short.sum(axis=1) * self.hours_per_step


def make():
    np.random.seed(101)
    forecast = Tensor(np.random.rand(2, 12, 8, 8).astype(np.float32))
    return ShortRangeAccumulation(), (forecast,)

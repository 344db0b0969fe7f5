# case: average the wind-loading index over steep slopes by multiplying with a 0/1 mask and dividing by the count -> fixed shapes, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def wind_loading(wind_speed, new_snow):
    return wind_speed * 0.04 * new_snow


class SteepSlopeLoadingMasked(nn.Cell):
    def __init__(self, steep_deg=30.0, eps=1e-6):
        super().__init__()
        self.steep_deg = steep_deg
        self.eps = eps

    def construct(self, slope_deg, wind_speed, new_snow):
        load = wind_loading(wind_speed, new_snow)
        steep = (slope_deg > self.steep_deg).astype(load.dtype)
        total = (load * steep).sum()
        count = steep.sum()
        peak = (load * steep).max()
        return total / (count + self.eps), peak


def make():
    np.random.seed(22)
    slope = Tensor(np.random.uniform(10, 45, (64,)).astype(np.float32))
    wind = Tensor(np.random.uniform(0, 25, (64,)).astype(np.float32))
    snow = Tensor(np.random.uniform(0, 40, (64,)).astype(np.float32))
    return SteepSlopeLoadingMasked(), (slope, wind, snow)

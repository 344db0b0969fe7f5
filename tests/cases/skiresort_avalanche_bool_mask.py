# case: average the wind-loading index only over slopes steeper than 30 degrees using boolean-mask indexing -> result shape depends on data, expected dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def wind_loading(wind_speed, new_snow):
    return wind_speed * 0.04 * new_snow


class SteepSlopeLoading(nn.Cell):
    def __init__(self, steep_deg=30.0):
        super().__init__()
        self.steep_deg = steep_deg

    def construct(self, slope_deg, wind_speed, new_snow):
        load = wind_loading(wind_speed, new_snow)
        steep = slope_deg > self.steep_deg
        steep_load = load[steep]
        return steep_load.mean(), steep_load.max()


def make():
    np.random.seed(21)
    slope = Tensor(np.random.uniform(10, 45, (64,)).astype(np.float32))
    wind = Tensor(np.random.uniform(0, 25, (64,)).astype(np.float32))
    snow = Tensor(np.random.uniform(0, 40, (64,)).astype(np.float32))
    return SteepSlopeLoading(), (slope, wind, snow)

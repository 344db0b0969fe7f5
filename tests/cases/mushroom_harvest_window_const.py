# case: average cap growth over the last lookback days where lookback is a constructor int -> constant slice, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HarvestTimer(nn.Cell):
    def __init__(self, pick_diameter_mm=45.0, lookback=5):
        super().__init__()
        self.pick_diameter_mm = pick_diameter_mm
        self.lookback = lookback

    def growth_rate(self, diam):
        return diam[1:] - diam[:-1]

    def construct(self, diam_history):
        recent = diam_history[-self.lookback:]
        rate = self.growth_rate(recent).mean()
        remaining = self.pick_diameter_mm - diam_history[-1]
        days_left = ops.relu(remaining) / (rate + 1e-3)
        return days_left


def make():
    np.random.seed(310)
    diam = np.cumsum(np.random.uniform(2.0, 5.0, size=(14,))).astype(np.float32)
    return HarvestTimer(), (Tensor(diam),)

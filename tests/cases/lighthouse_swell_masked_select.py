# case: pull the swell periods of storm-grade waves out of the buoy spectrum with ops.masked_select before averaging -> masked_select output is data-sized, dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


STORM_HS_M = 4.0


class SwellStats(nn.Cell):
    def __init__(self, use_log=True):
        super().__init__()
        self.use_log = use_log

    def storm_mask(self, hs):
        return hs >= STORM_HS_M

    def construct(self, hs, period):
        mask = self.storm_mask(hs)
        storm_periods = ops.masked_select(period, mask)
        if self.use_log:
            storm_periods = ops.log(storm_periods + 1.0)
        return storm_periods.mean()


def make():
    np.random.seed(3039)
    hs = Tensor(np.random.uniform(0.5, 7.0, size=(8, 16)).astype(np.float32))
    period = Tensor(np.random.uniform(4.0, 16.0, size=(8, 16)).astype(np.float32))
    return SwellStats(), (hs, period)

# case: keep only GPS fixes with HDOP below the accuracy limit via ops.masked_select before computing mean ground speed -> masked_select output size from data, dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GroundSpeedEstimator(nn.Cell):
    def __init__(self, hdop_limit=2.5, fix_interval_s=1.0):
        super().__init__()
        self.hdop_limit = hdop_limit
        self.fix_interval_s = fix_interval_s

    def step_speeds(self, xy):
        d = xy[1:] - xy[:-1]
        return ops.sqrt((d * d).sum(axis=-1)) / self.fix_interval_s

    def construct(self, xy_m, hdop):
        speeds = self.step_speeds(xy_m)
        good = hdop[1:] < self.hdop_limit
        good_speeds = ops.masked_select(speeds, good)
        return good_speeds.mean(), good_speeds.max()


def make():
    np.random.seed(3192)
    xy = np.cumsum(np.random.randn(50, 2).astype(np.float32) * 8, axis=0)
    hdop = np.random.uniform(0.8, 4.0, 50).astype(np.float32)
    return GroundSpeedEstimator(), (Tensor(xy), Tensor(hdop))

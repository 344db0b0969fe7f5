# case: zeroes the lag-phase hours with ops.select when early gravity change is small, keeping the full width in both cases -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LagPhaseMask(nn.Cell):
    def __init__(self, n_hours=24, lag_hours=6, min_drop=0.002):
        super().__init__()
        self.lag_hours = lag_hours
        self.min_drop = min_drop
        hour_idx = np.arange(n_hours)
        self.in_lag = Tensor((hour_idx < lag_hours)[None, :])

    def construct(self, sg_hourly):
        early_change = sg_hourly[:, 0] - sg_hourly[:, self.lag_hours]
        sluggish = (early_change < self.min_drop).expand_dims(-1)
        drop_cols = ops.logical_and(sluggish, self.in_lag)
        rel = sg_hourly - sg_hourly[:, :1]
        return ops.select(drop_cols, ops.zeros_like(rel), rel)


def make():
    np.random.seed(19)
    t = np.arange(24, dtype=np.float32)
    sg = 1.050 - 0.0015 * np.maximum(t - 6, 0)[None, :] + np.random.randn(3, 24).astype(np.float32) * 1e-4
    return LagPhaseMask(), (Tensor(sg.astype(np.float32)),)

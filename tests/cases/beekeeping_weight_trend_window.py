# case: hive scale weight trend, smoothing window length read from a tensor via .item() then slicing the series -> Graph mode cannot slice with a data-dependent length (error or dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def moving_average(series, width):
    kernel = ops.ones((1, 1, width), ms.float32) / width
    return ops.conv1d(series.reshape(1, 1, -1), kernel).reshape(-1)


class HiveWeightTrend(nn.Cell):
    def __init__(self, smooth=3):
        super().__init__()
        self.smooth = smooth
        self.gain = ms.Parameter(Tensor(np.ones(1, np.float32)), name="gain")

    def construct(self, weights_kg, days_since_inspection):
        n_days = days_since_inspection.item()
        recent = weights_kg[-n_days:]
        trend = moving_average(recent, self.smooth) * self.gain
        delta = trend[-1] - trend[0]
        return trend, delta


def make():
    np.random.seed(305)
    weights = np.cumsum(np.random.randn(48).astype(np.float32) * 0.3) + 42.0
    days = Tensor(np.array(12, np.int32))
    return HiveWeightTrend(), (Tensor(weights.astype(np.float32)), days)

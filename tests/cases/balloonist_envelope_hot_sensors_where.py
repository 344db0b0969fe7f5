# case: total envelope overheat above the fabric limit, excess computed with a three-argument where -> ops.where with fallback value, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FABRIC_LIMIT_C = 120.0


class OverheatReport(nn.Cell):
    def __init__(self, smooth=3):
        super().__init__()
        self.pool = nn.AvgPool1d(kernel_size=smooth, stride=1, pad_mode="same")

    def construct(self, crown_temps):
        smoothed = self.pool(crown_temps.T.expand_dims(0)).squeeze(0).T
        hot = smoothed > FABRIC_LIMIT_C
        excess = ops.where(hot, smoothed - FABRIC_LIMIT_C, ops.zeros_like(smoothed))
        per_sensor = excess.sum(axis=0)
        return per_sensor, hot.any()


def make():
    np.random.seed(42)
    temps = Tensor((100 + np.random.rand(30, 12) * 30).astype(np.float32))
    return OverheatReport(), (temps,)

# case: finds hour indices where the gauge exceeds warning level with nonzero, gathers the rainfall at those hours -> nonzero is dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WarningRainfallLookup(nn.Cell):
    def __init__(self, warning_level=2.5, lag_hours=2):
        super().__init__()
        self.warning_level = warning_level
        self.lag_hours = lag_hours

    def exceedance_hours(self, stage):
        idx = ops.nonzero(stage > self.warning_level)
        return idx.reshape(-1)

    def construct(self, stage, rainfall):
        hours = self.exceedance_hours(stage)
        lagged = ops.clip_by_value(hours - self.lag_hours, 0, stage.shape[0] - 1)
        rain_before = ops.gather(rainfall, lagged, 0)
        return rain_before.mean()


def make():
    np.random.seed(4)
    stage = np.random.uniform(1.0, 3.5, size=(36,)).astype(np.float32)
    rain = np.random.gamma(1.5, 2.0, size=(36,)).astype(np.float32)
    return WarningRainfallLookup(), (Tensor(stage), Tensor(rain))

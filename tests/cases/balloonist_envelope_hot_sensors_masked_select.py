# case: collect envelope temperature readings above the fabric limit with masked_select for an overheat report -> ops.masked_select, expected dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FABRIC_LIMIT_C = 120.0


class OverheatReport(nn.Cell):
    def __init__(self, n_sensors=12, smooth=3):
        super().__init__()
        self.n_sensors = n_sensors
        self.pool = nn.AvgPool1d(kernel_size=smooth, stride=1, pad_mode="same")

    def construct(self, crown_temps):
        # crown_temps: (time, sensors)
        smoothed = self.pool(crown_temps.T.expand_dims(0)).squeeze(0).T
        hot = smoothed > FABRIC_LIMIT_C
        over = ops.masked_select(smoothed, hot)
        excess = over - FABRIC_LIMIT_C
        return excess.sum(), hot.any()


def make():
    np.random.seed(41)
    temps = Tensor((100 + np.random.rand(30, 12) * 30).astype(np.float32))
    return OverheatReport(), (temps,)

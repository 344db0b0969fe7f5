# case: average rain rate over only the pixels above a heavy-rain threshold using masked_select -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeavyRainStats(nn.Cell):
    def __init__(self, threshold_mmh=10.0):
        super().__init__()
        self.threshold = threshold_mmh
        self.a = 200.0
        self.b = 1.6

    def dbz_to_rain(self, dbz):
        z = ops.pow(10.0, dbz / 10.0)
        return ops.pow(z / self.a, 1.0 / self.b)

    def construct(self, radar_dbz):
        rain = self.dbz_to_rain(radar_dbz)
        heavy = ops.masked_select(rain, rain > self.threshold)
        mean_heavy = heavy.mean()
        return mean_heavy, heavy.shape[0]


def make():
    np.random.seed(0)
    dbz = Tensor(np.random.uniform(5, 55, (1, 16, 16)).astype(np.float32))
    return HeavyRainStats(), (dbz,)

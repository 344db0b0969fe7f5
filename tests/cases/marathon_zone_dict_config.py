# case: HR-reserve zone assignment where zone thresholds come from a constant dict stored on the Cell and read with fixed keys in construct -> constant dict lookups, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ATHLETE = {"hr_rest": 48.0, "hr_max": 186.0}


class KarvonenZoneCounts(nn.Cell):
    def __init__(self, athlete=None, n_zones=5):
        super().__init__()
        self.athlete = dict(athlete or ATHLETE)
        self.n_zones = n_zones

    def construct(self, hr):
        rest = self.athlete["hr_rest"]
        hrr = self.athlete["hr_max"] - rest
        reserve = (hr - rest) / hrr
        scaled = ops.clip(reserve, 0.5, 0.999) - 0.5
        zone = ops.floor(scaled * 2 * self.n_zones).astype(ms.int32)
        counts = ops.unsorted_segment_sum(ops.ones_like(hr), zone, self.n_zones)
        return zone, counts


def make():
    np.random.seed(192)
    hr = np.clip(130 + np.cumsum(np.random.randn(1200)) * 0.7, 90, 186).astype(np.float32)
    return KarvonenZoneCounts(), (Tensor(hr),)

# case: HR-reserve (Karvonen) zone assignment that frees an intermediate with del inside construct before computing zone counts -> del statement in construct, expect Graph mode to reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KarvonenZones(nn.Cell):
    def __init__(self, hr_rest=48.0, hr_max=186.0, n_zones=5):
        super().__init__()
        self.hr_rest = hr_rest
        self.hrr = hr_max - hr_rest
        self.n_zones = n_zones

    def construct(self, hr):
        reserve = (hr - self.hr_rest) / self.hrr
        scaled = ops.clip(reserve, 0.5, 0.999) - 0.5
        zone = ops.floor(scaled * 2 * self.n_zones).astype(ms.int32)
        del reserve, scaled
        counts = ops.unsorted_segment_sum(ops.ones_like(hr), zone, self.n_zones)
        return zone, counts


def make():
    np.random.seed(191)
    hr = np.clip(130 + np.cumsum(np.random.randn(1200)) * 0.7, 90, 186).astype(np.float32)
    return KarvonenZones(), (Tensor(hr),)

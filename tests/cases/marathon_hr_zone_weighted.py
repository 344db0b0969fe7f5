# case: time-in-zone histogram and zone-weighted mean pace with the zone mask applied by multiplication -> fixed shapes everywhere, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ZONE_BOUNDS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


class ZoneProfile(nn.Cell):
    def __init__(self, hr_max=190.0):
        super().__init__()
        self.hr_max = hr_max
        self.n_zones = len(ZONE_BOUNDS) - 1

    def construct(self, hr, pace, dt):
        frac = hr / self.hr_max
        seconds = []
        paces = []
        for z in range(self.n_zones):
            m = ops.logical_and(frac >= ZONE_BOUNDS[z], frac < ZONE_BOUNDS[z + 1]).astype(ms.float32)
            t = (m * dt).sum()
            seconds.append(t)
            paces.append((m * pace * dt).sum() / (t + 1e-6))
        return ops.stack(seconds), ops.stack(paces)


def make():
    np.random.seed(22)
    n = 900
    hr = np.clip(120 + np.cumsum(np.random.randn(n)) * 0.9, 95, 189).astype(np.float32)
    pace = (290 + np.random.randn(n) * 15).astype(np.float32)
    dt = np.ones(n, dtype=np.float32)
    return ZoneProfile(), (Tensor(hr), Tensor(pace), Tensor(dt))

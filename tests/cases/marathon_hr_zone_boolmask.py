# case: average pace while heart rate sits inside zone 4 (between 80% and 90% of HRmax), using boolean-mask indexing of the samples -> data-dependent output shape, expect Graph mode to go dynamic or fail
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZonePace(nn.Cell):
    def __init__(self, hr_max=188.0, lo=0.80, hi=0.90):
        super().__init__()
        self.lo_bpm = lo * hr_max
        self.hi_bpm = hi * hr_max

    def in_zone(self, hr):
        return ops.logical_and(hr >= self.lo_bpm, hr < self.hi_bpm)

    def construct(self, hr, pace):
        mask = self.in_zone(hr)
        zone_pace = pace[mask]
        return zone_pace.mean(), zone_pace.shape[0]


def make():
    np.random.seed(21)
    hr = np.clip(140 + np.cumsum(np.random.randn(600)) * 0.8, 110, 195).astype(np.float32)
    pace = (300 + np.random.randn(600) * 12).astype(np.float32)
    return ZonePace(), (Tensor(hr), Tensor(pace))

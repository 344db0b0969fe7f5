# case: jit_class holding brood temperature thresholds is built in __init__ and only read in construct -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class BroodThresholds:
    def __init__(self, low=32.0, high=36.0):
        self.low = low
        self.high = high

    def band(self, temp):
        return ops.logical_and(temp >= self.low, temp <= self.high)


class BroodTempMonitor(nn.Cell):
    def __init__(self):
        super().__init__()
        self.th = BroodThresholds()

    def construct(self, core_temp_c):
        in_band = self.th.band(core_temp_c).astype(ms.float32)
        frac_ok = in_band.mean(axis=-1)
        drift = core_temp_c.mean(axis=-1) - (self.th.low + self.th.high) / 2
        return frac_ok, drift


def make():
    np.random.seed(62)
    t = (34 + np.random.randn(3, 24) * 1.5).astype(np.float32)
    return BroodTempMonitor(), (Tensor(t),)

# case: pick the hottest furnace thermocouple readings, k taken from the count of zones over the alarm limit -> top-k with a data-dependent k should fail in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ALARM_C = 1180.0


class HotspotPicker(nn.Cell):
    def __init__(self, n_zones=16):
        super().__init__()
        self.n_zones = n_zones
        self.calib = ms.Parameter(Tensor(np.ones(n_zones, np.float32)), name="calib")

    def _corrected(self, readings):
        return readings * self.calib

    def construct(self, readings):
        temps = self._corrected(readings)
        over = (temps > ALARM_C).astype(ms.int32).sum()
        k = int(over)
        hot_vals, hot_idx = ops.topk(temps, k)
        return hot_vals.mean(), hot_idx


def make():
    np.random.seed(11)
    readings = np.random.uniform(1100.0, 1250.0, size=(16,)).astype(np.float32)
    return HotspotPicker(16), (Tensor(readings),)

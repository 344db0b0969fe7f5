# case: pick the hottest furnace crown zones, with how many zones to pick read from the alarm-count tensor -> top-k with k from data, expect Graph mode to reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HotZoneSelector(nn.Cell):
    """Selects the hottest thermocouple zones of a regenerative furnace."""

    def __init__(self, n_zones=24, alarm_temp=1580.0):
        super().__init__()
        self.n_zones = n_zones
        self.alarm_temp = alarm_temp
        self.smooth = nn.Dense(n_zones, n_zones)

    def _count_alarms(self, temps):
        over = (temps > self.alarm_temp).astype(ms.int32)
        return over.sum()

    def construct(self, crown_temps):
        filtered = crown_temps + 0.01 * self.smooth(crown_temps)
        n_alarm = self._count_alarms(crown_temps[0])
        k = int(n_alarm) + 1
        hottest, zone_idx = ops.topk(filtered, k)
        return hottest.mean(axis=-1), zone_idx


def make():
    np.random.seed(304)
    temps = 1540.0 + 60.0 * np.random.rand(4, 24).astype(np.float32)
    return HotZoneSelector(), (Tensor(temps),)

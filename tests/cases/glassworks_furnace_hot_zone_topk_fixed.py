# case: pick the 3 hottest furnace crown zones with k from the configuration -> constant k, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrownZoneMonitor(nn.Cell):
    def __init__(self, n_zones=24, top_zones=3, alarm_temp=1580.0):
        super().__init__()
        self.top_zones = top_zones
        self.alarm_temp = alarm_temp
        self.smooth = nn.Dense(n_zones, n_zones)

    def construct(self, crown_temps):
        filtered = crown_temps + 0.01 * self.smooth(crown_temps)
        n_alarm = (crown_temps > self.alarm_temp).astype(ms.float32).sum(axis=1)
        hottest, zone_idx = ops.topk(filtered, self.top_zones)
        severity = hottest.mean(axis=-1) * (1.0 + 0.1 * n_alarm)
        return severity, zone_idx


def make():
    np.random.seed(3041)
    temps = 1540.0 + 60.0 * np.random.rand(4, 24).astype(np.float32)
    return CrownZoneMonitor(), (Tensor(temps),)

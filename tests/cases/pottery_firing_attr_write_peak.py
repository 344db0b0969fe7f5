# case: store the latest peak kiln temperature on self inside construct for later logging -> attribute write on self in construct, problem in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FiringMonitor(nn.Cell):
    def __init__(self, n_zones=4):
        super().__init__()
        self.proj = nn.Dense(n_zones, n_zones)
        self.last_peak = None
        self.calls = 0

    def construct(self, zone_temps):
        smoothed = zone_temps + 0.01 * self.proj(zone_temps)
        self.last_peak = smoothed.max()
        self.calls = self.calls + 1
        return smoothed - self.last_peak


def make():
    np.random.seed(17)
    zt = np.random.uniform(900.0, 1250.0, size=(6, 4)).astype(np.float32)
    return FiringMonitor(), (Tensor(zt),)

# case: furnace monitor records the peak crucible temperature into self.last_peak during construct -> writes a plain attribute of self in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrucibleMonitor(nn.Cell):
    def __init__(self, n_sensors=8):
        super().__init__()
        self.weights = ms.Parameter(Tensor(np.full(n_sensors, 1.0 / n_sensors, np.float32)), name="w")
        self.last_peak = 0.0

    def construct(self, sensor_c):
        fused = (sensor_c * self.weights).sum(axis=-1)
        peak = fused.max()
        self.last_peak = peak
        return fused - peak


def make():
    np.random.seed(91)
    x = np.random.uniform(1120.0, 1160.0, size=(12, 8)).astype(np.float32)
    return CrucibleMonitor(), (Tensor(x),)

# case: keep the running peak kiln temperature in a non-trainable Parameter updated with ops.assign -> supported side effect, compiles in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class FiringMonitorParam(nn.Cell):
    def __init__(self, n_zones=4):
        super().__init__()
        self.proj = nn.Dense(n_zones, n_zones)
        self.peak = Parameter(Tensor(0.0, ms.float32), name="peak", requires_grad=False)

    def construct(self, zone_temps):
        smoothed = zone_temps + 0.01 * self.proj(zone_temps)
        new_peak = ops.maximum(self.peak, smoothed.max())
        ops.assign(self.peak, new_peak)
        return smoothed - new_peak


def make():
    np.random.seed(18)
    zt = np.random.uniform(900.0, 1250.0, size=(6, 4)).astype(np.float32)
    return FiringMonitorParam(), (Tensor(zt),)

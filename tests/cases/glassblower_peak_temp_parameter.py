# case: furnace monitor keeps a running peak crucible temperature in a Parameter updated with ops.assign -> should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrucibleMonitorParam(nn.Cell):
    def __init__(self, n_sensors=8):
        super().__init__()
        self.weights = ms.Parameter(Tensor(np.full(n_sensors, 1.0 / n_sensors, np.float32)), name="w")
        self.peak = ms.Parameter(Tensor(0.0, ms.float32), name="peak", requires_grad=False)

    def construct(self, sensor_c):
        fused = (sensor_c * self.weights).sum(axis=-1)
        new_peak = ops.maximum(fused.max(), self.peak)
        ops.assign(self.peak, new_peak)
        return fused - new_peak


def make():
    np.random.seed(92)
    x = np.random.uniform(1120.0, 1160.0, size=(12, 8)).astype(np.float32)
    return CrucibleMonitorParam(), (Tensor(x),)

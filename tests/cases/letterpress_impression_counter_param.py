# case: a press monitor keeps the last sheet's impression pressure in a non-trainable Parameter updated with ops.assign -> supported state update, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PressureMonitor(nn.Cell):
    def __init__(self, nominal=2.4):
        super().__init__()
        self.nominal = nominal
        self.last_pressure = Parameter(Tensor(nominal, ms.float32), name="last_pressure", requires_grad=False)

    def construct(self, gauge_readings):
        pressure = gauge_readings.mean()
        drift = pressure - self.last_pressure
        ops.assign(self.last_pressure, pressure)
        return drift, ops.abs(pressure - self.nominal)


def make():
    np.random.seed(112)
    readings = np.random.normal(2.4, 0.1, size=(50,)).astype(np.float32)
    return PressureMonitor(), (Tensor(readings),)

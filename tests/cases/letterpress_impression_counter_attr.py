# case: a press monitor stores the last sheet's impression pressure on self inside construct for the next call -> self attribute assigned in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PressureMonitor(nn.Cell):
    def __init__(self, nominal=2.4):
        super().__init__()
        self.nominal = nominal
        self.last_pressure = Tensor(nominal, ms.float32)

    def construct(self, gauge_readings):
        pressure = gauge_readings.mean()
        drift = pressure - self.last_pressure
        self.last_pressure = pressure
        return drift, ops.abs(pressure - self.nominal)


def make():
    np.random.seed(111)
    readings = np.random.normal(2.4, 0.1, size=(50,)).astype(np.float32)
    return PressureMonitor(), (Tensor(readings),)

# case: build a small FlightLog record object inside construct to bundle max altitude and burn time -> plain Python class instantiated in construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlightLog:
    def __init__(self, max_alt, burn_time):
        self.max_alt = max_alt
        self.burn_time = burn_time

    def summary(self):
        return self.max_alt, self.burn_time


class FlightRecorder(nn.Cell):
    def __init__(self, dt_s=1.0):
        super().__init__()
        self.dt = dt_s

    def construct(self, altitude, burner_on):
        log = FlightLog(altitude.max(), burner_on.sum() * self.dt)
        return log.summary()


def make():
    np.random.seed(101)
    alt = Tensor((300 + np.cumsum(np.random.randn(50))).astype(np.float32))
    burner = Tensor((np.random.rand(50) > 0.6).astype(np.float32))
    return FlightRecorder(), (alt, burner)

# case: use an @ms.jit_class helper holding metering constants and only call its method inside construct -> jit_class read-only use, Graph mode should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class MeterConstants:
    def __init__(self, dt_hours=0.25, loss=0.04):
        self.dt_hours = dt_hours
        self.loss = loss

    def to_kwh(self, power_kw):
        return power_kw.sum(axis=-1) * self.dt_hours * (1.0 - self.loss)


class TideMillMeterRO(nn.Cell):
    def __init__(self):
        super().__init__()
        self.meter = MeterConstants()

    def construct(self, power_kw):
        per_tide = self.meter.to_kwh(power_kw)
        return per_tide, per_tide.sum()


def make():
    np.random.seed(3294)
    power = np.random.uniform(0, 80, size=(4, 48)).astype(np.float32)
    return TideMillMeterRO(), (Tensor(power),)

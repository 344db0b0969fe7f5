# case: keep a running energy tally in an @ms.jit_class object and bump its counter attribute inside construct -> jit_class attribute mutated in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class EnergyTally:
    def __init__(self):
        self.tides = 0
        self.scale = 0.25

    def add(self, power_kw):
        return power_kw.sum() * self.scale


class TideMillMeter(nn.Cell):
    def __init__(self):
        super().__init__()
        self.tally = EnergyTally()

    def construct(self, power_kw):
        kwh = self.tally.add(power_kw)
        self.tally.tides = self.tally.tides + 1
        return kwh


def make():
    np.random.seed(3293)
    power = np.random.uniform(0, 80, size=(4, 48)).astype(np.float32)
    return TideMillMeter(), (Tensor(power),)

# case: inverter yield tracker stores the last daily yield and running total on self attributes inside construct -> attribute writes on self in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InverterYieldTracker(nn.Cell):
    def __init__(self, n_inverters=4, interval_h=0.25):
        super().__init__()
        self.interval_h = interval_h
        self.last_yield = None
        self.days_seen = 0

    def daily_energy(self, ac_power):
        return ac_power.sum(axis=1) * self.interval_h

    def construct(self, ac_power):
        energy = self.daily_energy(ac_power)
        self.last_yield = energy
        self.days_seen = self.days_seen + 1
        share = energy / energy.sum()
        return share


def make():
    np.random.seed(17)
    ac = np.random.uniform(0, 50, size=(4, 96)).astype(np.float32)
    return InverterYieldTracker(), (Tensor(ac),)

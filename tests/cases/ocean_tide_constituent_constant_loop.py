# case: tide prediction sums harmonic constituents in a Python for loop over a constant tuple of periods held in the constructor -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HarmonicTide(nn.Cell):
    def __init__(self, periods=(12.42, 12.00, 23.93, 25.82), mean_sea_level=0.0):
        super().__init__()
        self.periods = periods
        self.msl = mean_sea_level

    def constituent(self, t, amp, phase, period):
        omega = 2.0 * 3.141592653589793 / period
        return amp * ops.cos(omega * t - phase)

    def construct(self, hours, amps, phases):
        level = ops.zeros_like(hours) + self.msl
        for i in range(len(self.periods)):
            level = level + self.constituent(hours, amps[i], phases[i], self.periods[i])
        return level


def make():
    np.random.seed(11)
    hours = Tensor(np.arange(0, 72, 0.5, dtype=np.float32))
    amps = Tensor(np.array([1.1, 0.35, 0.2, 0.15], np.float32))
    phases = Tensor(np.random.uniform(0, 6.28, 4).astype(np.float32))
    return HarmonicTide(), (hours, amps, phases)

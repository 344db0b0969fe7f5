# case: collect SO2 degassing pulses in a while loop until cumulative flux passes a data-derived budget, appending each window to a list -> loop count from data and a growing list
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DegassingPulses(nn.Cell):
    def __init__(self, window=6, budget_fraction=0.5):
        super().__init__()
        self.window = window
        self.budget_fraction = budget_fraction

    def construct(self, flux_t_per_day):
        budget = flux_t_per_day.sum() * self.budget_fraction
        total = Tensor(0.0, ms.float32)
        pulses = []
        start = 0
        while total < budget:
            seg = flux_t_per_day[start:start + self.window]
            pulses.append(seg.max())
            total = total + seg.sum()
            start = start + self.window
        return ops.stack(pulses)


def make():
    np.random.seed(71)
    flux = np.abs(np.random.randn(96)).astype(np.float32) * 800.0 + 200.0
    return DegassingPulses(), (Tensor(flux),)

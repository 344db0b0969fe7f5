# case: roll brine density forward for a configured number of days (Python int), collecting each day's state and stacking -> loop over range(int) with list append, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConcentrationStepper(nn.Cell):
    def __init__(self, depth_mm=300.0):
        super().__init__()
        self.depth_mm = depth_mm

    def construct(self, density, evap_mm):
        depth_after = self.depth_mm - evap_mm
        return density * self.depth_mm / depth_after


class DensityRollout(nn.Cell):
    def __init__(self, n_days=7, cap=1.23):
        super().__init__()
        self.n_days = n_days
        self.cap = cap
        self.step = ConcentrationStepper()

    def construct(self, density0, daily_evap_mm):
        density = density0
        history = []
        for day in range(self.n_days):
            density = ops.minimum(self.step(density, daily_evap_mm[day]), self.cap)
            history.append(density)
        return ops.stack(history, axis=0)


def make():
    np.random.seed(9)
    density0 = Tensor(np.array([1.12, 1.14, 1.13, 1.18], dtype=np.float32))
    evap = Tensor(np.random.uniform(5.0, 10.0, size=(7, 4)).astype(np.float32))
    return DensityRollout(), (density0, evap)

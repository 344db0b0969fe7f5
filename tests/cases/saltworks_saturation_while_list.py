# case: step a pond's brine density forward day by day until it reaches halite saturation, collecting each day's state in a list and stacking it -> while on tensor value grows a list, expect Graph mode to reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SATURATION_DENSITY = 1.21


class ConcentrationStepper(nn.Cell):
    def __init__(self, depth_mm=300.0):
        super().__init__()
        self.depth_mm = depth_mm

    def construct(self, density, evap_mm):
        # mass conservation: salt stays, water leaves
        depth_after = self.depth_mm - evap_mm
        return density * self.depth_mm / depth_after


class SaturationTrajectory(nn.Cell):
    def __init__(self):
        super().__init__()
        self.step = ConcentrationStepper()

    def construct(self, density0, daily_evap_mm):
        density = density0
        history = [density]
        while density.max() < SATURATION_DENSITY:
            density = self.step(density, daily_evap_mm)
            history.append(density)
        return ops.stack(history), len(history)


def make():
    np.random.seed(9)
    density0 = Tensor(np.array([1.12, 1.14, 1.13], dtype=np.float32))
    evap = Tensor(np.array([8.0, 7.5, 9.0], dtype=np.float32))
    return SaturationTrajectory(), (density0, evap)

# case: wrap each pond's brine reading in a small Python PondState record inside construct, update it, and return its fields -> plain Python class instantiated and mutated in construct, expect rejection at least in STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PondState:
    def __init__(self, density, level_cm):
        self.density = density
        self.level_cm = level_cm

    def evaporate(self, evap_mm):
        new_level = self.level_cm - evap_mm / 10.0
        self.density = self.density * self.level_cm / new_level
        self.level_cm = new_level


class PondSimulator(nn.Cell):
    def __init__(self, n_days=3):
        super().__init__()
        self.n_days = n_days

    def construct(self, density, level_cm, evap_mm):
        state = PondState(density, level_cm)
        for _ in range(self.n_days):
            state.evaporate(evap_mm)
        return state.density, state.level_cm


def make():
    np.random.seed(14)
    density = Tensor(np.random.uniform(1.10, 1.20, size=(6,)).astype(np.float32))
    level = Tensor(np.random.uniform(20.0, 35.0, size=(6,)).astype(np.float32))
    evap = Tensor(np.random.uniform(5.0, 9.0, size=(6,)).astype(np.float32))
    return PondSimulator(), (density, level, evap)

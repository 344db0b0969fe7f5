# case: plant yield summary sums per-inverter energies with a generator expression sum(e for e in ...) in construct -> generator expression in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InverterEnergy(nn.Cell):
    def __init__(self, interval_h=0.5, efficiency=0.97):
        super().__init__()
        self.interval_h = interval_h
        self.efficiency = efficiency

    def construct(self, dc_power):
        return (dc_power * self.efficiency).sum() * self.interval_h


class PlantYield(nn.Cell):
    def __init__(self, n_inverters=3):
        super().__init__()
        self.inverters = nn.CellList([InverterEnergy() for _ in range(n_inverters)])

    def construct(self, dc_a, dc_b, dc_c):
        inputs = (dc_a, dc_b, dc_c)
        total = sum(inv(p) for inv, p in zip(self.inverters, inputs))
        return total


def make():
    np.random.seed(26)
    arrays = tuple(Tensor(np.random.uniform(0, 40, size=(48,)).astype(np.float32)) for _ in range(3))
    return PlantYield(), arrays

# case: energy cost cell that accepts either a flat tariff (Python float) or an hourly tariff tensor, dispatching with isinstance -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EnergyCost(nn.Cell):
    def __init__(self, demand_charge=12.0):
        super().__init__()
        self.demand_charge = demand_charge

    def energy_part(self, load, tariff):
        if isinstance(tariff, float):
            return load.sum(axis=-1) * tariff
        return (load * tariff).sum(axis=-1)

    def construct(self, load, tariff):
        energy = self.energy_part(load, tariff)
        demand = load.max(axis=-1) * self.demand_charge
        return energy + demand


def make():
    np.random.seed(38)
    load = Tensor(np.random.uniform(20, 60, size=(3, 24)).astype(np.float32))
    tariff = Tensor(np.random.uniform(0.08, 0.3, size=(24,)).astype(np.float32))
    return EnergyCost(), (load, tariff)

# case: applies a surcharge when the monthly peak exceeds the contracted capacity, using an if on a tensor whose branches keep the same shape -> control flow with equal shapes, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CapacitySurcharge(nn.Cell):
    def __init__(self, contract_kw=9.0, energy_price=0.23, surcharge=1.25):
        super().__init__()
        self.contract_kw = contract_kw
        self.energy_price = energy_price
        self.surcharge = surcharge

    def construct(self, load_kw):
        daily_cost = load_kw.sum(axis=1) * self.energy_price
        if load_kw.max() > self.contract_kw:
            cost = daily_cost * self.surcharge
        else:
            cost = daily_cost
        return cost


def make():
    np.random.seed(47)
    load = np.random.uniform(0.5, 10.0, size=(30, 24)).astype(np.float32)
    return CapacitySurcharge(), (Tensor(load),)

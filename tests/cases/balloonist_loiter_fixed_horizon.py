# case: integrate a loiter phase over a fixed planning horizon, fuel only masks steps where the tank is empty -> range(python int) with masked update, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LoiterIntegrator(nn.Cell):
    def __init__(self, litres_per_min=1.5, horizon_min=10):
        super().__init__()
        self.burn = litres_per_min
        self.horizon = horizon_min
        self.cool = 0.97

    def construct(self, fuel_litres, envelope_temp):
        temp = envelope_temp
        fuel = fuel_litres
        for _ in range(self.horizon):
            has_fuel = (fuel > 0).astype(ms.float32)
            temp = temp * self.cool + 3.0 * has_fuel
            fuel = fuel - self.burn
        return temp, fuel


def make():
    np.random.seed(172)
    fuel = Tensor(np.array(12.0, dtype=np.float32))
    temp = Tensor(np.array(98.0, dtype=np.float32))
    return LoiterIntegrator(), (fuel, temp)

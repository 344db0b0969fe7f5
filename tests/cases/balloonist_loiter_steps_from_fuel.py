# case: integrate a loiter phase whose number of steps is the remaining fuel in minutes, int() of a tensor as range bound -> loop count from data, expected error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LoiterIntegrator(nn.Cell):
    def __init__(self, litres_per_min=1.5):
        super().__init__()
        self.burn = litres_per_min
        self.cool = 0.97

    def construct(self, fuel_litres, envelope_temp):
        minutes = int(fuel_litres / self.burn)
        temp = envelope_temp
        for _ in range(minutes):
            temp = temp * self.cool + 3.0
        return temp


def make():
    np.random.seed(171)
    fuel = Tensor(np.array(12.0, dtype=np.float32))
    temp = Tensor(np.array(98.0, dtype=np.float32))
    return LoiterIntegrator(), (fuel, temp)

# case: simulates battery state of charge hour by hour while below capacity, appending each SOC to a list and stacking it -> error or dynamic (data-dependent loop grows list)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BatteryCharger(nn.Cell):
    def __init__(self, capacity_kwh=100.0, efficiency=0.95):
        super().__init__()
        self.capacity = capacity_kwh
        self.efficiency = efficiency

    def construct(self, soc0, charge_rate):
        soc = soc0
        trajectory = []
        while soc < self.capacity:
            soc = soc + charge_rate * self.efficiency
            soc = ops.minimum(soc, self.capacity)
            trajectory.append(soc)
        return ops.stack(trajectory)


def make():
    np.random.seed(4)
    soc0 = Tensor(np.array(42.0, dtype=np.float32))
    rate = Tensor(np.array(11.5, dtype=np.float32))
    return BatteryCharger(), (soc0, rate)

# case: loop over the number of trams currently in service (read from a tensor) accumulating their pantograph energy -> for-loop count from data, expect error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FleetEnergy(nn.Cell):
    def __init__(self, line_voltage_v=750.0, dt_s=1.0):
        super().__init__()
        self.voltage = line_voltage_v
        self.dt = dt_s

    def energy_kwh(self, current_a):
        return (current_a * self.voltage * self.dt).sum() / 3.6e6

    def construct(self, currents, n_in_service):
        total = ops.zeros((), ms.float32)
        for i in range(int(n_in_service)):
            total = total + self.energy_kwh(currents[i])
        return total


def make():
    np.random.seed(3085)
    cur = np.abs(np.random.normal(300, 150, size=(12, 120))).astype(np.float32)
    return FleetEnergy(), (Tensor(cur), Tensor(np.int32(7)))

# case: loop over a fixed fleet size from the input shape accumulating pantograph energy, masking out trams not in service -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FleetEnergyMasked(nn.Cell):
    def __init__(self, line_voltage_v=750.0, dt_s=1.0):
        super().__init__()
        self.voltage = line_voltage_v
        self.dt = dt_s

    def energy_kwh(self, current_a):
        return (current_a * self.voltage * self.dt).sum() / 3.6e6

    def construct(self, currents, in_service):
        total = ops.zeros((), ms.float32)
        n_trams = currents.shape[0]
        for i in range(n_trams):
            total = total + self.energy_kwh(currents[i]) * in_service[i]
        return total


def make():
    np.random.seed(3086)
    cur = np.abs(np.random.normal(300, 150, size=(12, 120))).astype(np.float32)
    svc = (np.arange(12) < 7).astype(np.float32)
    return FleetEnergyMasked(), (Tensor(cur), Tensor(svc))

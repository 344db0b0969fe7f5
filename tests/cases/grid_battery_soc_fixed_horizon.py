# case: simulates battery SOC over a fixed 24-hour horizon with clipping at empty/full, writing into a preallocated trajectory -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BatterySim(nn.Cell):
    def __init__(self, horizon=24, capacity_kwh=100.0, efficiency=0.95):
        super().__init__()
        self.horizon = horizon
        self.capacity = capacity_kwh
        self.efficiency = efficiency

    def step(self, soc, power):
        charged = soc + ops.where(power > 0, power * self.efficiency, power / self.efficiency)
        return ops.clip_by_value(charged, 0.0, self.capacity)

    def construct(self, soc0, net_power):
        soc = soc0
        traj = []
        for t in range(self.horizon):
            soc = self.step(soc, net_power[:, t])
            traj.append(soc)
        return ops.stack(traj, axis=1)


def make():
    np.random.seed(5)
    soc0 = Tensor(np.random.uniform(20, 80, size=(3,)).astype(np.float32))
    net_power = Tensor(np.random.uniform(-15, 15, size=(3, 24)).astype(np.float32))
    return BatterySim(), (soc0, net_power)

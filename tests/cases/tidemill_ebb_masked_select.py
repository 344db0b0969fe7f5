# case: collect ebb-tide turbine flows with ops.masked_select before summing energy -> output length depends on the data, Graph mode should go dynamic or reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

RHO = 1025.0
G = 9.81


class EbbEnergy(nn.Cell):
    def __init__(self, efficiency=0.82, dt_hours=0.25):
        super().__init__()
        self.efficiency = efficiency
        self.dt_hours = dt_hours

    def construct(self, flow_m3s, head_m, falling):
        power_kw = RHO * G * flow_m3s * head_m * self.efficiency / 1000.0
        ebb_power = ops.masked_select(power_kw, falling)
        energy_kwh = ebb_power.sum() * self.dt_hours
        peak = ebb_power.max()
        return energy_kwh, peak


def make():
    np.random.seed(3275)
    n = 64
    t = np.linspace(0, 2 * np.pi, n)
    level = np.sin(t)
    falling = np.concatenate([[False], np.diff(level) < 0])
    flow = np.abs(np.random.randn(n) * 3 + 12)
    head = np.abs(level) * 2.5 + 0.2
    return EbbEnergy(), (Tensor(flow.astype(np.float32)), Tensor(head.astype(np.float32)), Tensor(falling))

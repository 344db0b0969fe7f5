# case: battery charge planner iterates with a while loop on a Python counter up to a constant horizon, updating SoC with tensor maths -> while with constant bound, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChargePlanner(nn.Cell):
    def __init__(self, horizon=12, capacity_kwh=8.0, charge_kw=2.0, target_soc=0.95):
        super().__init__()
        self.horizon = horizon
        self.capacity = capacity_kwh
        self.charge_kw = charge_kw
        self.target_soc = target_soc

    def construct(self, soc, cheap_hours):
        t = 0
        energy = ops.zeros_like(soc)
        while t < self.horizon:
            room = ops.relu(self.target_soc - soc) * self.capacity
            power = ops.minimum(room, self.charge_kw) * cheap_hours[:, t]
            soc = soc + power / self.capacity
            energy = energy + power
            t += 1
        return soc, energy


def make():
    np.random.seed(46)
    cheap = (np.random.rand(4, 12) > 0.5).astype(np.float32)
    soc = np.random.uniform(0.1, 0.6, size=(4,)).astype(np.float32)
    return ChargePlanner(), (Tensor(soc), Tensor(cheap))

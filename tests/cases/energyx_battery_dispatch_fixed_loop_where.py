# case: battery agent simulates 24 hourly steps in a constant-range loop and clamps state of charge with ops.where -> constant loop, fixed shapes, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RuleBasedBattery(nn.Cell):
    def __init__(self, capacity_kwh=10.0, max_kw=2.5, horizon=24):
        super().__init__()
        self.capacity = capacity_kwh
        self.max_kw = max_kw
        self.horizon = horizon

    def step(self, soc, net_load):
        power = ops.clip_by_value(net_load, -self.max_kw, self.max_kw)
        new_soc = soc - power / self.capacity
        new_soc = ops.where(new_soc > 1.0, ops.ones_like(new_soc), new_soc)
        new_soc = ops.where(new_soc < 0.0, ops.zeros_like(new_soc), new_soc)
        return new_soc, (soc - new_soc) * self.capacity

    def construct(self, soc, net_load):
        dispatched = []
        for t in range(self.horizon):
            soc, p = self.step(soc, net_load[:, t])
            dispatched.append(p)
        return ops.stack(dispatched, axis=1), soc


def make():
    np.random.seed(34)
    net = np.random.uniform(-3.0, 3.0, size=(3, 24)).astype(np.float32)
    soc = np.full((3,), 0.5, dtype=np.float32)
    return RuleBasedBattery(), (Tensor(soc), Tensor(net))

# case: inverter output is derated when module temperature exceeds a limit; both branches of the tensor if return the same shape -> static shapes (control flow only)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ThermalDerating(nn.Cell):
    def __init__(self, temp_limit=60.0, gamma=-0.004, t_ref=25.0):
        super().__init__()
        self.temp_limit = temp_limit
        self.gamma = gamma
        self.t_ref = t_ref

    def construct(self, dc_power, module_temp):
        factor = 1.0 + self.gamma * (module_temp - self.t_ref)
        if module_temp.max() > self.temp_limit:
            out = dc_power * factor * 0.95
        else:
            out = dc_power * factor
        return out


def make():
    np.random.seed(16)
    p = np.random.uniform(200, 300, size=(10,)).astype(np.float32)
    t = np.random.uniform(40, 70, size=(10,)).astype(np.float32)
    return ThermalDerating(), (Tensor(p), Tensor(t))

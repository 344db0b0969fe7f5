# case: power derating logic uses if on a tensor temperature condition, but both branches return curtailed power of the same shape -> tensor control flow with matching shapes, static expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ThermalDerate(nn.Cell):
    def __init__(self, gear_temp_limit=75.0, derate_factor=0.8):
        super().__init__()
        self.gear_temp_limit = gear_temp_limit
        self.derate_factor = derate_factor

    def construct(self, power_kw, gear_temp):
        hottest = gear_temp.max()
        if hottest > self.gear_temp_limit:
            out = power_kw * self.derate_factor
        else:
            out = power_kw * 1.0
        return out


def make():
    np.random.seed(36)
    power = Tensor(np.random.uniform(0, 2000, size=(16,)).astype(np.float32))
    temp = Tensor(np.random.uniform(50, 85, size=(16,)).astype(np.float32))
    return ThermalDerate(), (power, temp)

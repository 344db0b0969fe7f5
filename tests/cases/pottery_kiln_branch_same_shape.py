# case: apply a cooling correction in one branch and a heating correction in the other on a tensor condition, both the same shape -> static control flow, compiles in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RampCorrector(nn.Cell):
    def __init__(self, target_rate=6.0, gain=0.3):
        super().__init__()
        self.target_rate = target_rate
        self.gain = gain

    def construct(self, temps, power):
        rate = (temps[:, 1:] - temps[:, :-1]).mean()
        if rate > self.target_rate:
            new_power = power * (1.0 - self.gain)
        else:
            new_power = power * (1.0 + self.gain * 0.5)
        return ops.clamp(new_power, 0.0, 100.0)


def make():
    np.random.seed(21)
    temps = np.cumsum(np.random.uniform(3.0, 10.0, size=(3, 20)), axis=1).astype(np.float32)
    power = np.random.uniform(40.0, 90.0, size=(3,)).astype(np.float32)
    return RampCorrector(), (Tensor(temps), Tensor(power))

# case: split the kiln log into heating and soaking halves using x.shape and compute ramp rates -> static shapes, compiles in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RampRateSplit(nn.Cell):
    def __init__(self, minutes_per_sample=5.0):
        super().__init__()
        self.dt = minutes_per_sample

    def rate(self, seg):
        return (seg[:, 1:] - seg[:, :-1]) / self.dt

    def construct(self, temps):
        half = temps.shape[1] // 2
        heating = temps[:, :half]
        soaking = temps[:, half:]
        heat_rate = self.rate(heating).mean(axis=1)
        soak_drift = self.rate(soaking).abs().max(axis=1)
        return ops.stack([heat_rate, soak_drift], axis=1)


def make():
    np.random.seed(1)
    base = np.linspace(20.0, 1240.0, 32, dtype=np.float32)
    temps = base[None, :] + np.random.normal(0, 3.0, size=(4, 32)).astype(np.float32)
    return RampRateSplit(), (Tensor(temps),)

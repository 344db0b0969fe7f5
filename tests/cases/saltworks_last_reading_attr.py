# case: hydrometer smoother that remembers the latest brine reading by assigning self.last_density inside construct -> attribute of self written in construct, expect rejection or a fallback
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HydrometerSmoother(nn.Cell):
    def __init__(self, alpha=0.3, temp_coeff=0.0004):
        super().__init__()
        self.alpha = alpha
        self.temp_coeff = temp_coeff
        self.last_density = Tensor(np.full((8,), 1.15, dtype=np.float32))

    def temperature_correct(self, density, temp_c):
        # hydrometers are calibrated at 20 C
        return density + self.temp_coeff * (temp_c - 20.0)

    def construct(self, raw_density, temp_c):
        corrected = self.temperature_correct(raw_density, temp_c)
        smoothed = self.alpha * corrected + (1.0 - self.alpha) * self.last_density
        self.last_density = smoothed
        return smoothed


def make():
    np.random.seed(19)
    raw = Tensor(np.random.uniform(1.12, 1.22, size=(8,)).astype(np.float32))
    temp = Tensor(np.random.uniform(18.0, 38.0, size=(8,)).astype(np.float32))
    return HydrometerSmoother(), (raw, temp)

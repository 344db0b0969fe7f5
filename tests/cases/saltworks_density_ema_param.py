# case: hydrometer smoother keeping the running brine density in a non-trainable Parameter updated with ops.assign -> the supported way to keep state, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class HydrometerSmoother(nn.Cell):
    def __init__(self, n_ponds=8, alpha=0.3, temp_coeff=0.0004):
        super().__init__()
        self.alpha = alpha
        self.temp_coeff = temp_coeff
        self.running = Parameter(Tensor(np.full((n_ponds,), 1.15, dtype=np.float32)),
                                 name="running_density", requires_grad=False)

    def temperature_correct(self, density, temp_c):
        return density + self.temp_coeff * (temp_c - 20.0)

    def construct(self, raw_density, temp_c):
        corrected = self.temperature_correct(raw_density, temp_c)
        smoothed = self.alpha * corrected + (1.0 - self.alpha) * self.running
        ops.assign(self.running, smoothed)
        return smoothed


def make():
    np.random.seed(19)
    raw = Tensor(np.random.uniform(1.12, 1.22, size=(8,)).astype(np.float32))
    temp = Tensor(np.random.uniform(18.0, 38.0, size=(8,)).astype(np.float32))
    return HydrometerSmoother(), (raw, temp)

# case: average weld-seam temperature over only valid sensor readings using a fixed-size float mask multiplied in -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeamTemperatureMonitor(nn.Cell):
    def __init__(self, min_valid=100.0, max_valid=900.0, overheat=650.0):
        super().__init__()
        self.min_valid = min_valid
        self.max_valid = max_valid
        self.overheat = overheat

    def valid_mask(self, temps):
        ok = ops.logical_and(temps > self.min_valid, temps < self.max_valid)
        return ok.astype(temps.dtype)

    def construct(self, temps):
        m = self.valid_mask(temps)
        n_valid = m.sum(axis=1)
        mean_t = (temps * m).sum(axis=1) / ops.maximum(n_valid, ops.ones_like(n_valid))
        overheat_frac = ((temps > self.overheat).astype(temps.dtype) * m).sum(axis=1) / ops.maximum(
            n_valid, ops.ones_like(n_valid))
        return mean_t, overheat_frac


def make():
    np.random.seed(5)
    temps = np.random.uniform(50, 1000, size=(4, 32)).astype(np.float32)
    return SeamTemperatureMonitor(), (Tensor(temps),)

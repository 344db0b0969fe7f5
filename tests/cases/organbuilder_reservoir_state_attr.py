# case: wind reservoir smoother remembers the last measured chest pressure by assigning a plain self attribute inside construct -> attribute write in construct, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReservoirSmoother(nn.Cell):
    """Exponential smoothing of windchest pressure readings (mm water column)."""

    def __init__(self, alpha=0.2, n_chests=4):
        super().__init__()
        self.alpha = alpha
        self.last_pressure = Tensor(np.full((n_chests,), 75.0, dtype=np.float32))

    def construct(self, reading):
        smoothed = self.alpha * reading + (1.0 - self.alpha) * self.last_pressure
        self.last_pressure = smoothed
        droop = ops.relu(75.0 - smoothed)
        return smoothed, droop


def make():
    np.random.seed(316)
    reading = Tensor((75.0 + 3.0 * np.random.randn(4)).astype(np.float32))
    return ReservoirSmoother(), (reading,)

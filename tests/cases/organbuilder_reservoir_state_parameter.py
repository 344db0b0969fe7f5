# case: wind reservoir smoother remembers the last chest pressure in a non-trainable Parameter updated with ops.assign -> supported side effect, Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ReservoirSmoother(nn.Cell):
    """Exponential smoothing of windchest pressure readings (mm water column)."""

    def __init__(self, alpha=0.2, n_chests=4, nominal=75.0):
        super().__init__()
        self.alpha = alpha
        self.nominal = nominal
        self.last_pressure = Parameter(
            Tensor(np.full((n_chests,), nominal, dtype=np.float32)),
            name="last_pressure", requires_grad=False)

    def construct(self, reading):
        smoothed = self.alpha * reading + (1.0 - self.alpha) * self.last_pressure
        ops.assign(self.last_pressure, smoothed)
        droop = ops.relu(self.nominal - smoothed)
        return smoothed, droop


def make():
    np.random.seed(317)
    reading = Tensor((75.0 + 3.0 * np.random.randn(4)).astype(np.float32))
    return ReservoirSmoother(), (reading,)

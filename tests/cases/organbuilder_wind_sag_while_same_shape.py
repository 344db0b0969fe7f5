# case: wind sag simulation keeps stepping the reservoir pressure while the sag exceeds tolerance (with an iteration cap), state keeps its shape each pass -> tensor while loop with constant shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindSagSim(nn.Cell):
    """Reservoir recovery after a full-organ chord: pressure per windchest (mm WC)."""

    def __init__(self, nominal=85.0, recovery=0.3, tol=0.25, max_iter=50):
        super().__init__()
        self.nominal = nominal
        self.recovery = recovery
        self.tol = tol
        self.max_iter = max_iter

    def sag(self, p):
        return ops.abs(self.nominal - p).max()

    def construct(self, pressure, draw):
        it = Tensor(0, ms.int32)
        while self.sag(pressure) > self.tol and it < self.max_iter:
            pressure = pressure + self.recovery * (self.nominal - pressure) - 0.02 * draw
            it = it + 1
        return pressure, it


def make():
    np.random.seed(348)
    pressure = Tensor((70.0 + 5.0 * np.random.rand(5)).astype(np.float32))
    draw = Tensor(np.random.rand(5).astype(np.float32))
    return WindSagSim(), (pressure, draw)

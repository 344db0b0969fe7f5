# case: temperature argument may be a Python float or a per-row tensor; isinstance guard picks scalar division or broadcast division -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TemperatureWarper(nn.Cell):
    def __init__(self, min_temperature=1e-2):
        super().__init__()
        self.min_temperature = min_temperature

    def construct(self, logits, temperature):
        if isinstance(temperature, float):
            t = max(temperature, self.min_temperature)
            return logits / t
        t = ops.clamp(temperature, min=self.min_temperature)
        return logits / t.reshape(-1, 1)


class WarpBoth(nn.Cell):
    def __init__(self):
        super().__init__()
        self.warper = TemperatureWarper()

    def construct(self, logits, row_temps):
        return self.warper(logits, 0.5) + self.warper(logits, row_temps)


def make():
    np.random.seed(35)
    logits = Tensor(np.random.randn(3, 8).astype(np.float32))
    temps = Tensor(np.array([0.5, 1.0, 0.001], dtype=np.float32))
    return WarpBoth(), (logits, temps)

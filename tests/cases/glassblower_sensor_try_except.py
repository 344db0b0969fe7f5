# case: thermocouple fusion wraps the division by the working-sensor count in try/except ZeroDivisionError as a safety net -> try statement inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ThermocoupleFusion(nn.Cell):
    def __init__(self, open_circuit_c=1400.0):
        super().__init__()
        self.open_circuit = open_circuit_c

    def construct(self, readings):
        ok = (readings < self.open_circuit).astype(ms.float32)
        try:
            fused = (readings * ok).sum() / ok.sum()
        except ZeroDivisionError:
            fused = readings.mean()
        return fused


def make():
    np.random.seed(191)
    r = np.random.uniform(1050.0, 1150.0, size=(6,)).astype(np.float32)
    r[2] = 1500.0
    return ThermocoupleFusion(), (Tensor(r),)

# case: converts raw hydrometer sensor voltages to gravity inside try/except to fall back on a default calibration -> try statement in construct, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HydrometerCalibration(nn.Cell):
    def __init__(self, coeffs=(1.000, 0.012, -0.0004)):
        super().__init__()
        self.coeffs = coeffs

    def poly(self, v):
        out = ops.zeros_like(v)
        for p, c in enumerate(self.coeffs):
            out = out + c * v ** p
        return out

    def construct(self, volts):
        try:
            sg = self.poly(volts)
        except ValueError:
            sg = 1.0 + 0.01 * volts
        return sg


def make():
    np.random.seed(23)
    volts = np.random.uniform(0.5, 4.5, size=8).astype(np.float32)
    return HydrometerCalibration(), (Tensor(volts),)

# case: converts hydrometer voltages to gravity with a polynomial whose coefficients are a constructor tuple unrolled in a constant loop, with an optional temperature correction guarded by is None -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HydrometerPoly(nn.Cell):
    def __init__(self, coeffs=(1.000, 0.012, -0.0004), calib_temp_c=20.0):
        super().__init__()
        self.coeffs = coeffs
        self.calib_temp_c = calib_temp_c

    def poly(self, v):
        out = ops.zeros_like(v)
        for p, c in enumerate(self.coeffs):
            out = out + c * v ** p
        return out

    def construct(self, volts, temp_c=None):
        sg = self.poly(volts)
        if temp_c is not None:
            sg = sg + 0.00013 * (temp_c - self.calib_temp_c)
        return sg


def make():
    np.random.seed(24)
    volts = np.random.uniform(0.5, 4.5, size=8).astype(np.float32)
    temps = np.random.uniform(16, 24, size=8).astype(np.float32)
    return HydrometerPoly(), (Tensor(volts), Tensor(temps))

# case: soil tensiometer reading is converted to water potential inside a try/except with a fallback to the default curve -> try statement in construct, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TensiometerCalibration(nn.Cell):
    def __init__(self, a=-0.12, b=1.8):
        super().__init__()
        self.a = a
        self.b = b

    def default_curve(self, raw):
        return raw * 0.1

    def construct(self, raw_kpa, calib_slope):
        try:
            potential = self.a * ops.pow(raw_kpa, self.b) * calib_slope
        except ValueError:
            potential = self.default_curve(raw_kpa)
        return potential.mean(), potential.min()


def make():
    np.random.seed(101)
    raw = Tensor((np.random.rand(16) * 60 + 5).astype(np.float32))
    slope = Tensor(np.float32(1.05))
    return TensiometerCalibration(), (raw, slope)

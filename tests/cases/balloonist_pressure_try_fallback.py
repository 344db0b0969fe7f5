# case: convert barometric pressure to altitude, falling back to GPS altitude in a try/except block inside construct -> try statement in construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SEA_LEVEL_HPA = 1013.25


def baro_altitude(p_hpa):
    return 44330.0 * (1.0 - ops.pow(p_hpa / SEA_LEVEL_HPA, 0.1903))


class AltimeterFusion(nn.Cell):
    def __init__(self, w_baro=0.7):
        super().__init__()
        self.w = w_baro

    def construct(self, pressure_hpa, gps_alt):
        try:
            baro = baro_altitude(pressure_hpa)
        except ValueError:
            baro = gps_alt
        return self.w * baro + (1 - self.w) * gps_alt


def make():
    np.random.seed(131)
    p = Tensor((960 + np.random.rand(10) * 5).astype(np.float32))
    gps = Tensor((450 + np.random.rand(10) * 20).astype(np.float32))
    return AltimeterFusion(), (p, gps)

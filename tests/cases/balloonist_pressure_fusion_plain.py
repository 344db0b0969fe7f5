# case: fuse barometric and GPS altitude with a weight from config, helper function at module level -> plain arithmetic, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SEA_LEVEL_HPA = 1013.25


def baro_altitude(p_hpa, qnh=SEA_LEVEL_HPA):
    return 44330.0 * (1.0 - ops.pow(p_hpa / qnh, 0.1903))


class AltimeterFusion(nn.Cell):
    def __init__(self, w_baro=0.7, use_qnh=True, qnh=1008.0):
        super().__init__()
        self.w = w_baro
        self.qnh = qnh if use_qnh else SEA_LEVEL_HPA

    def construct(self, pressure_hpa, gps_alt):
        baro = baro_altitude(pressure_hpa, self.qnh)
        fused = self.w * baro + (1 - self.w) * gps_alt
        return fused, ops.abs(baro - gps_alt).max()


def make():
    np.random.seed(132)
    p = Tensor((960 + np.random.rand(10) * 5).astype(np.float32))
    gps = Tensor((450 + np.random.rand(10) * 20).astype(np.float32))
    return AltimeterFusion(), (p, gps)

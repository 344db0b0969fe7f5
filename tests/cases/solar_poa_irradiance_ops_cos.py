# case: plane-of-array irradiance model computes cosines with ops.cos on the zenith tensor and Python math only on constructor constants -> static shapes
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoaTransposition(nn.Cell):
    def __init__(self, tilt_deg=25.0, albedo=0.2):
        super().__init__()
        tilt = math.radians(tilt_deg)
        self.cos_tilt = math.cos(tilt)
        self.sin_tilt = math.sin(tilt)
        self.sky_view = (1.0 + self.cos_tilt) / 2.0
        self.ground_view = albedo * (1.0 - self.cos_tilt) / 2.0
        self.deg2rad = math.pi / 180.0

    def construct(self, ghi, dni, dhi, zenith_deg, azimuth_delta_deg):
        z = zenith_deg * self.deg2rad
        daz = azimuth_delta_deg * self.deg2rad
        cos_aoi = ops.cos(z) * self.cos_tilt + ops.sin(z) * self.sin_tilt * ops.cos(daz)
        cos_aoi = ops.maximum(cos_aoi, ops.zeros_like(cos_aoi))
        poa = dni * cos_aoi + dhi * self.sky_view + ghi * self.ground_view
        return poa


def make():
    np.random.seed(14)
    n = 24
    ghi = Tensor(np.random.uniform(0, 900, size=(n,)).astype(np.float32))
    dni = Tensor(np.random.uniform(0, 800, size=(n,)).astype(np.float32))
    dhi = Tensor(np.random.uniform(20, 150, size=(n,)).astype(np.float32))
    zen = Tensor(np.random.uniform(10, 85, size=(n,)).astype(np.float32))
    daz = Tensor(np.random.uniform(-90, 90, size=(n,)).astype(np.float32))
    return PoaTransposition(), (ghi, dni, dhi, zen, daz)

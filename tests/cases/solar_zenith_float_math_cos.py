# case: plane-of-array irradiance model converts the solar zenith tensor with float() and uses math.cos/math.radians in construct -> host conversion of tensor, error in graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PlaneOfArrayIrradiance(nn.Cell):
    """Simple isotropic-sky POA model for a fixed-tilt array."""

    def __init__(self, tilt_deg=25.0, albedo=0.2):
        super().__init__()
        self.tilt = math.radians(tilt_deg)
        self.albedo = albedo

    def construct(self, ghi, dni, dhi, zenith_deg):
        cos_z = math.cos(math.radians(float(zenith_deg)))
        aoi_cos = max(cos_z * math.cos(self.tilt) + 0.1, 0.0)
        beam = dni * aoi_cos
        sky = dhi * (1.0 + math.cos(self.tilt)) / 2.0
        ground = ghi * self.albedo * (1.0 - math.cos(self.tilt)) / 2.0
        return beam + sky + ground


def make():
    np.random.seed(13)
    ghi = Tensor(np.random.uniform(600, 900, size=(5,)).astype(np.float32))
    dni = Tensor(np.random.uniform(500, 800, size=(5,)).astype(np.float32))
    dhi = Tensor(np.random.uniform(80, 150, size=(5,)).astype(np.float32))
    zenith = Tensor(np.float32(35.0))
    return PlaneOfArrayIrradiance(), (ghi, dni, dhi, zenith)

# case: jit_class SensorSpec built in __init__ (gains, offsets, sun elevation) read-only in construct for TOA reflectance -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class SensorSpec:
    def __init__(self, gains, offsets, sun_elevation_deg):
        self.gains = Tensor(np.array(gains, np.float32).reshape(1, -1, 1, 1))
        self.offsets = Tensor(np.array(offsets, np.float32).reshape(1, -1, 1, 1))
        self.sun_elevation = float(sun_elevation_deg)

    def toa(self, dn):
        return dn * self.gains + self.offsets


class TOAReflectance(nn.Cell):
    def __init__(self, spec=None, clip_max=1.2):
        super().__init__()
        if spec is None:
            spec = SensorSpec((2e-5, 2e-5, 2e-5, 2e-5), (-0.1, -0.1, -0.1, -0.1), 45.0)
        self.spec = spec
        self.inv_sin_sun = 1.0 / float(np.sin(np.deg2rad(spec.sun_elevation)))
        self.clip_max = clip_max

    def construct(self, dn):
        refl = self.spec.toa(dn) * self.inv_sin_sun
        return ops.clamp(refl, 0.0, self.clip_max)


def make():
    np.random.seed(44)
    dn = Tensor((np.random.rand(1, 4, 8, 8) * 40000).astype(np.float32))
    return TOAReflectance(), (dn,)

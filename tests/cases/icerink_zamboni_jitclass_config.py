# case: resurfacing constants kept in an @ms.jit_class config created in __init__ and only read in construct -> expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class ResurfaceConfig:
    def __init__(self, litres_per_m2=0.45, rink_area_m2=1800.0, min_blade_mm=0.5, max_blade_mm=3.0):
        self.litres_per_m2 = litres_per_m2
        self.rink_area_m2 = rink_area_m2
        self.min_blade_mm = min_blade_mm
        self.max_blade_mm = max_blade_mm

    def water(self, roughness):
        return (self.litres_per_m2 + 0.3 * roughness) * self.rink_area_m2


class ResurfacePlannerCfg(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cfg = ResurfaceConfig()

    def construct(self, roughness, snow_depth_mm):
        water = self.cfg.water(roughness.mean())
        blade = ops.clip_by_value(snow_depth_mm.max(), self.cfg.min_blade_mm, self.cfg.max_blade_mm)
        minutes = 10.0 + 2.0 * blade
        return water * 0.004 + minutes * 1.2


def make():
    np.random.seed(3135)
    rough = np.random.rand(12).astype(np.float32)
    snow = np.random.uniform(0.2, 4.0, size=(12,)).astype(np.float32)
    return ResurfacePlannerCfg(), (Tensor(rough), Tensor(snow))

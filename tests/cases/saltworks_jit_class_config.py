# case: pond geometry held in a @ms.jit_class config created in __init__ and only read in construct to convert level to brine volume -> read-only jit_class attributes, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class PondGeometry:
    def __init__(self, area_m2, bank_slope):
        self.area_m2 = area_m2
        self.bank_slope = bank_slope

    def volume(self, level_m):
        # bank slope widens the water surface slightly with depth
        return self.area_m2 * level_m * (1.0 + self.bank_slope * level_m)


class BrineInventory(nn.Cell):
    def __init__(self):
        super().__init__()
        self.geometry = PondGeometry(area_m2=2500.0, bank_slope=0.15)

    def construct(self, level_cm, density):
        vol = self.geometry.volume(level_cm / 100.0)
        salt_t = vol * (density - 1.0) * 1.3
        return vol.sum(), salt_t.sum()


def make():
    np.random.seed(6)
    level = Tensor(np.random.uniform(15.0, 40.0, size=(10,)).astype(np.float32))
    density = Tensor(np.random.uniform(1.10, 1.23, size=(10,)).astype(np.float32))
    return BrineInventory(), (level, density)

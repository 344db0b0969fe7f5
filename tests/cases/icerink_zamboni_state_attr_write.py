# case: resurfacer controller that keeps a running pass counter and last water volume as plain attributes on self, updated in construct -> attribute write in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResurfacerWaterController(nn.Cell):
    def __init__(self, litres_per_m2=0.5, rink_area_m2=1800.0):
        super().__init__()
        self.litres_per_m2 = litres_per_m2
        self.rink_area_m2 = rink_area_m2
        self.passes_done = 0
        self.last_water = Tensor(0.0, ms.float32)

    def construct(self, roughness):
        # roughness: per-lane roughness index, 0..1
        flood = self.litres_per_m2 * (0.5 + roughness)
        water = flood.mean() * self.rink_area_m2
        self.passes_done = self.passes_done + 1
        self.last_water = water
        return water, self.last_water


def make():
    np.random.seed(3132)
    rough = np.random.rand(12).astype(np.float32)
    return ResurfacerWaterController(), (Tensor(rough),)

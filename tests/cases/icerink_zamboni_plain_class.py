# case: construct builds a plain Python ResurfacePlan object, fills its fields from tensors and returns its total -> plain class instantiated and mutated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResurfacePlan:
    def __init__(self):
        self.water_l = 0.0
        self.blade_depth_mm = 0.0
        self.minutes = 0.0

    def total_cost(self):
        return self.water_l * 0.004 + self.minutes * 1.2


class ResurfacePlanner(nn.Cell):
    def __init__(self, rink_area_m2=1800.0):
        super().__init__()
        self.rink_area_m2 = rink_area_m2

    def construct(self, roughness, snow_depth_mm):
        plan = ResurfacePlan()
        plan.water_l = (0.4 + 0.3 * roughness.mean()) * self.rink_area_m2 / 100.0
        plan.blade_depth_mm = ops.clip_by_value(snow_depth_mm.max(), 0.5, 3.0)
        plan.minutes = 10.0 + 2.0 * plan.blade_depth_mm
        return plan.total_cost()


def make():
    np.random.seed(3134)
    rough = np.random.rand(12).astype(np.float32)
    snow = np.random.uniform(0.2, 4.0, size=(12,)).astype(np.float32)
    return ResurfacePlanner(), (Tensor(rough), Tensor(snow))

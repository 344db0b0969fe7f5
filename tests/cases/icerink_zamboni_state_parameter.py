# case: resurfacer controller that keeps the running water total in a non-trainable Parameter updated with ops.assign_add -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ResurfacerWaterLedger(nn.Cell):
    def __init__(self, litres_per_m2=0.5, rink_area_m2=1800.0):
        super().__init__()
        self.litres_per_m2 = litres_per_m2
        self.rink_area_m2 = rink_area_m2
        self.total_water = Parameter(Tensor(0.0, ms.float32), name="total_water", requires_grad=False)
        self.passes_done = Parameter(Tensor(0, ms.int32), name="passes_done", requires_grad=False)

    def construct(self, roughness):
        flood = self.litres_per_m2 * (0.5 + roughness)
        water = flood.mean() * self.rink_area_m2
        ops.assign_add(self.total_water, water)
        ops.assign_add(self.passes_done, Tensor(1, ms.int32))
        return water, self.total_water


def make():
    np.random.seed(3133)
    rough = np.random.rand(12).astype(np.float32)
    return ResurfacerWaterLedger(), (Tensor(rough),)

# case: list the crystalliser ponds flagged ready for harvest (crust thick enough and brine saturated) with nonzero, then gather their crust volumes -> data-dependent count, expect dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HarvestReadiness(nn.Cell):
    def __init__(self, min_crust_mm=60.0, min_density=1.215):
        super().__init__()
        self.min_crust_mm = min_crust_mm
        self.min_density = min_density

    def construct(self, crust_mm, density, area_m2):
        thick = crust_mm >= self.min_crust_mm
        saturated = density >= self.min_density
        ready = ops.logical_and(thick, saturated)
        pond_ids = ops.nonzero(ready).reshape(-1)
        volume_m3 = crust_mm * area_m2 / 1000.0
        ready_volume = ops.gather(volume_m3, pond_ids, 0)
        return pond_ids, ready_volume


def make():
    np.random.seed(21)
    n = 18
    crust = Tensor(np.random.uniform(20.0, 110.0, size=(n,)).astype(np.float32))
    density = Tensor(np.random.uniform(1.19, 1.24, size=(n,)).astype(np.float32))
    area = Tensor(np.random.uniform(800.0, 5000.0, size=(n,)).astype(np.float32))
    return HarvestReadiness(), (crust, density, area)

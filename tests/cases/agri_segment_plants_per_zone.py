# case: counts detected plants per irrigation zone with unsorted_segment_sum using a fixed number of zones from the constructor -> static, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PlantsPerZone(nn.Cell):
    def __init__(self, n_zones=5, conf_thresh=0.5, zone_width_m=10.0):
        super().__init__()
        self.n_zones = n_zones
        self.conf_thresh = conf_thresh
        self.zone_width_m = zone_width_m

    def construct(self, plant_x_m, scores):
        zone = ops.clamp((plant_x_m / self.zone_width_m).astype(ms.int32), 0, self.n_zones - 1)
        keep = (scores > self.conf_thresh).astype(ms.float32)
        counts = ops.unsorted_segment_sum(keep, zone, self.n_zones)
        density = counts / self.zone_width_m
        return counts, density


def make():
    np.random.seed(47)
    plant_x_m = Tensor((np.random.rand(30) * 50).astype(np.float32))
    scores = Tensor(np.random.rand(30).astype(np.float32))
    return PlantsPerZone(), (plant_x_m, scores)

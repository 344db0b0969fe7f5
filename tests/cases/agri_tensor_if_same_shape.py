# case: scales a nitrogen recommendation up or down depending on a tensor-valued canopy vigor check, both branches same shape -> tensor if with matching shapes, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NitrogenAdvisor(nn.Cell):
    def __init__(self, vigor_thresh=0.55, base_rate_kg=120.0):
        super().__init__()
        self.vigor_thresh = vigor_thresh
        self.base_rate_kg = base_rate_kg

    def construct(self, ndvi_zones):
        rate = ops.ones_like(ndvi_zones) * self.base_rate_kg
        if ndvi_zones.mean() < self.vigor_thresh:
            rate = rate * (1.0 + (self.vigor_thresh - ndvi_zones))
        else:
            rate = rate * 0.8
        return rate


def make():
    np.random.seed(39)
    ndvi_zones = Tensor((np.random.rand(6) * 0.6 + 0.2).astype(np.float32))
    return NitrogenAdvisor(), (ndvi_zones,)

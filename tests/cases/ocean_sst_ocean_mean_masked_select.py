# case: mean sea-surface temperature over ocean cells via masked_select on a land mask -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OceanMeanSST(nn.Cell):
    """Basin-average SST ignoring land points."""

    def __init__(self, kelvin_offset=273.15):
        super().__init__()
        self.kelvin_offset = kelvin_offset

    def ocean_values(self, sst, land_mask):
        ocean = land_mask < 0.5
        return ops.masked_select(sst, ocean)

    def construct(self, sst_kelvin, land_mask):
        sst_c = sst_kelvin - self.kelvin_offset
        vals = self.ocean_values(sst_c, land_mask)
        mean = vals.mean()
        anomaly = sst_c - mean
        return mean, anomaly


def make():
    np.random.seed(0)
    sst = Tensor(np.random.uniform(280, 300, (12, 16)).astype(np.float32))
    land = Tensor((np.random.rand(12, 16) > 0.7).astype(np.float32))
    return OceanMeanSST(), (sst, land)

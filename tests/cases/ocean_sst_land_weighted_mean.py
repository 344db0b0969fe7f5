# case: ocean-only SST mean computed by multiplying with a float land mask and dividing by the ocean cell count -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedSSTMean(nn.Cell):
    def __init__(self, kelvin_offset=273.15, eps=1e-6):
        super().__init__()
        self.kelvin_offset = kelvin_offset
        self.eps = eps

    def construct(self, sst_kelvin, land_mask):
        ocean = 1.0 - land_mask
        sst_c = sst_kelvin - self.kelvin_offset
        total = (sst_c * ocean).sum(axis=(1, 2))
        count = ocean.sum(axis=(1, 2))
        mean = total / (count + self.eps)
        anomaly = (sst_c - mean.reshape(-1, 1, 1)) * ocean
        return mean, anomaly


def make():
    np.random.seed(1)
    sst = Tensor(np.random.uniform(280, 302, (4, 10, 12)).astype(np.float32))
    land = Tensor((np.random.rand(1, 10, 12) > 0.75).astype(np.float32))
    return MaskedSSTMean(), (sst, land)

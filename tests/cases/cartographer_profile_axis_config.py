# case: take an elevation profile by reducing the DEM along an axis fixed in the cell config, sampled at half the grid via x.shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ElevationProfile(nn.Cell):
    def __init__(self, axis=1, exaggeration=2.0, central_half=True):
        super().__init__()
        self.axis = axis
        self.exaggeration = exaggeration
        self.central_half = central_half

    def construct(self, dem):
        profile = dem.mean(axis=self.axis)
        if self.central_half:
            n = profile.shape[0]
            profile = profile[n // 4: n // 4 + n // 2]
        base = profile.min()
        return (profile - base) * self.exaggeration


def make():
    np.random.seed(65)
    dem = (np.random.rand(20, 30) * 200.0).astype(np.float32)
    return ElevationProfile(), (Tensor(dem),)

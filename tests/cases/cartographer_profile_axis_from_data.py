# case: take an elevation profile by reducing the DEM along an axis chosen by the tensor survey direction flag -> reduce axis from tensor value, error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ElevationProfile(nn.Cell):
    def __init__(self, exaggeration=2.0):
        super().__init__()
        self.exaggeration = exaggeration

    def construct(self, dem, direction):
        axis = int(direction)
        profile = dem.mean(axis=axis)
        base = profile.min()
        return (profile - base) * self.exaggeration


def make():
    np.random.seed(64)
    dem = (np.random.rand(20, 30) * 200.0).astype(np.float32)
    return ElevationProfile(), (Tensor(dem), Tensor(1, ms.int32))

# case: computes NDVI from red/NIR bands and averages it over vegetated pixels picked with masked_select -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VegetationNDVI(nn.Cell):
    def __init__(self, red_band=2, nir_band=3, threshold=0.3, eps=1e-6):
        super().__init__()
        self.red_band = red_band
        self.nir_band = nir_band
        self.threshold = threshold
        self.eps = eps

    def ndvi(self, cube):
        red = cube[self.red_band]
        nir = cube[self.nir_band]
        return (nir - red) / (nir + red + self.eps)

    def construct(self, cube):
        index = self.ndvi(cube)
        veg = index > self.threshold
        veg_values = ops.masked_select(index, veg)
        return veg_values.mean(), veg_values.shape[0]


def make():
    np.random.seed(0)
    cube = Tensor(np.random.rand(4, 16, 16).astype(np.float32))
    return VegetationNDVI(), (cube,)

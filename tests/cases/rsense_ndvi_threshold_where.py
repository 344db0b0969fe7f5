# case: computes NDVI and zeroes non-vegetation pixels with ops.where against a threshold -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NDVIVegetationMap(nn.Cell):
    def __init__(self, red_band=2, nir_band=3, threshold=0.3):
        super().__init__()
        self.red_band = red_band
        self.nir_band = nir_band
        self.threshold = threshold
        self.eps = 1e-6

    def ndvi(self, cube):
        red = cube[:, self.red_band]
        nir = cube[:, self.nir_band]
        return (nir - red) / (nir + red + self.eps)

    def construct(self, cube):
        index = self.ndvi(cube)
        veg = index > self.threshold
        veg_ndvi = ops.where(veg, index, ops.zeros_like(index))
        veg_count = veg.astype(ms.float32).sum(axis=(1, 2))
        mean_veg = veg_ndvi.sum(axis=(1, 2)) / ops.maximum(veg_count, 1.0)
        return veg_ndvi, mean_veg


def make():
    np.random.seed(30)
    cube = Tensor(np.random.rand(2, 4, 16, 16).astype(np.float32))
    return NDVIVegetationMap(), (cube,)

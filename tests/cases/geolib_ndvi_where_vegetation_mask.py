# case: vegetation-aware preprocessor zeroes SWIR bands only on vegetated pixels, chosen with a 3-argument ops.where on the NDVI map -> same shape either way, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

RED, NIR = 2, 3
EPS = 1e-6


def ndvi(cube):
    red = cube[:, RED:RED + 1]
    nir = cube[:, NIR:NIR + 1]
    return (nir - red) / (nir + red + EPS)


class VegetationConfig:
    vegetation_threshold = 0.2
    keep_bands = 4
    normalise = True


class VegetationAwarePreprocessor(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = config if config is not None else VegetationConfig()
        self.threshold = config.vegetation_threshold
        self.keep = config.keep_bands
        self.normalise = config.normalise

    def _maybe_drop_swir(self, cube):
        vegetated = ndvi(cube) > self.threshold
        swir = cube[:, self.keep:]
        swir = ops.where(vegetated, ops.zeros_like(swir), swir)
        return ops.cat((cube[:, : self.keep], swir), axis=1)

    def construct(self, cube):
        if self.normalise:
            cube = cube / (cube.max() + EPS)
        return self._maybe_drop_swir(cube)


def make():
    np.random.seed(3383)
    cube = np.random.rand(2, 6, 16, 16).astype(np.float32)
    cube[:, NIR] += 0.8
    return VegetationAwarePreprocessor(), (Tensor(cube),)

# case: vegetation-aware preprocessor drops the SWIR bands when the scene's mean NDVI is high, otherwise keeps all bands -> tensor-valued if whose branches return different band counts
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

RED, NIR = 2, 3
EPS = 1e-6


def ndvi(cube):
    red = cube[:, RED]
    nir = cube[:, NIR]
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
        if ndvi(cube).mean() > self.threshold:
            return cube[:, : self.keep]
        return cube

    def construct(self, cube):
        if self.normalise:
            cube = cube / (cube.max() + EPS)
        return self._maybe_drop_swir(cube)


def make():
    np.random.seed(3382)
    cube = np.random.rand(2, 6, 16, 16).astype(np.float32)
    cube[:, NIR] += 0.8
    return VegetationAwarePreprocessor(), (Tensor(cube),)

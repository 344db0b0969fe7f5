# case: spectral-index change (NDVI/NDWI difference) indexes bands through a module-level constant dict BAND_INDEX looked up with config band names -> constant integer indexing, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

BAND_INDEX = {"blue": 0, "green": 1, "red": 2, "nir": 3}
INDEX_BANDS = {"ndvi": ("nir", "red"), "ndwi": ("green", "nir")}


class IndexConfig:
    def __init__(self, indices=("ndvi", "ndwi"), eps=1e-6):
        self.indices = indices
        self.eps = eps


def normalized_difference(x, a, b, eps):
    return (x[:, a] - x[:, b]) / (x[:, a] + x[:, b] + eps)


class SpectralIndexChange(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pairs = tuple((BAND_INDEX[INDEX_BANDS[n][0]], BAND_INDEX[INDEX_BANDS[n][1]]) for n in config.indices)
        self.eps = config.eps

    def construct(self, img_t1, img_t2):
        diffs = []
        for a, b in self.pairs:
            i1 = normalized_difference(img_t1, a, b, self.eps)
            i2 = normalized_difference(img_t2, a, b, self.eps)
            diffs.append(i2 - i1)
        return ops.stack(diffs, axis=1)


def make():
    np.random.seed(50)
    a = Tensor(np.random.rand(2, 4, 16, 16).astype(np.float32))
    b = Tensor(np.random.rand(2, 4, 16, 16).astype(np.float32))
    return SpectralIndexChange(IndexConfig()), (a, b)

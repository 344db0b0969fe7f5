# case: vegetation-index feature computes an NDVI-style band ratio inside try/except with a fallback when the configured band indices are missing -> error or static (try in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_BANDS = {"red": 5, "nir": 11}


class IndexConfig:
    def __init__(self, num_bands=14, bands=None, eps=1e-6, append_index=True):
        self.num_bands = num_bands
        self.bands = dict(DEFAULT_BANDS) if bands is None else bands
        self.eps = eps
        self.append_index = append_index


class SpectralIndexFeatures(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.red = config.bands.get("red")
        self.nir = config.bands.get("nir")
        self.eps = config.eps
        self.append_index = config.append_index

    def _ratio(self, spectra):
        try:
            red = spectra[:, self.red]
            nir = spectra[:, self.nir]
            idx = (nir - red) / (nir + red + self.eps)
        except IndexError:
            idx = ops.zeros_like(spectra[:, 0])
        return idx

    def construct(self, spectra):
        ndvi = self._ratio(spectra)
        if self.append_index:
            return ops.concat([spectra, ndvi.reshape(-1, 1)], 1)
        return ndvi


def make():
    np.random.seed(3860)
    cfg = IndexConfig()
    x = Tensor(np.random.rand(12, cfg.num_bands).astype(np.float32))
    return SpectralIndexFeatures(cfg), (x,)

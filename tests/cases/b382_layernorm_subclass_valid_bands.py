# case: band-aware LayerNorm subclass normalises, then keeps only valid bands via boolean-mask indexing when a band-validity tensor is passed -> dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NormConfig:
    def __init__(self, num_bands=18, eps=1e-5, drop_invalid=True):
        self.num_bands = num_bands
        self.eps = eps
        self.drop_invalid = drop_invalid


class BandAwareLayerNorm(nn.LayerNorm):
    def __init__(self, config, **kwargs):
        super().__init__((config.num_bands,), epsilon=config.eps, **kwargs)
        self.drop_invalid = config.drop_invalid

    def construct(self, x, band_valid=None):
        y = super().construct(x)
        if isinstance(band_valid, Tensor) and self.drop_invalid:
            y = y[:, band_valid]
        return y


class SpectralStem(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.norm = BandAwareLayerNorm(config)

    def construct(self, spectra, band_valid=None):
        y = self.norm(spectra, band_valid)
        return y.mean(-1), y


def make():
    np.random.seed(3856)
    cfg = NormConfig()
    x = Tensor(np.random.rand(8, cfg.num_bands).astype(np.float32))
    valid = Tensor(np.random.rand(cfg.num_bands) > 0.2)
    return SpectralStem(cfg), (x, valid)

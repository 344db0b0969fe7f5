# case: spectral projection subclasses nn.Dense with an optional band-mask argument, forwards *args/**kwargs to the base Dense and calls super().construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProjectionConfig:
    def __init__(self, num_bands=30, proj_dim=12, use_band_mask=True, activation=None):
        self.num_bands = num_bands
        self.proj_dim = proj_dim
        self.use_band_mask = use_band_mask
        self.activation = activation


class MaskedSpectralDense(nn.Dense):
    def __init__(self, *args, band_mask=None, **kwargs):
        super().__init__(*args, **kwargs)
        if band_mask is not None and not isinstance(band_mask, Tensor):
            band_mask = Tensor(np.asarray(band_mask, np.float32))
        self.band_mask = band_mask

    def construct(self, x):
        if self.band_mask is not None:
            x = x * self.band_mask
        return super().construct(x)


def build_projection(config):
    mask = None
    if config.use_band_mask:
        mask = [0.0 if b in (0, 1, config.num_bands - 1) else 1.0 for b in range(config.num_bands)]
    return MaskedSpectralDense(config.num_bands, config.proj_dim, band_mask=mask,
                               activation=config.activation, has_bias=True)


class SpectralStem(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = build_projection(config)
        self.norm = nn.LayerNorm((config.proj_dim,))

    def construct(self, spectra):
        return self.norm(self.proj(spectra))


def make():
    np.random.seed(3855)
    cfg = ProjectionConfig()
    x = Tensor(np.random.rand(16, cfg.num_bands).astype(np.float32))
    return SpectralStem(cfg), (x,)

# case: band subset (water-absorption bands removed) comes from a config list and is gathered with a constant index tensor -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

WATER_ABSORPTION = (7, 8, 9, 20, 21)


class BandSubsetConfig:
    def __init__(self, num_bands=30, drop_bands=WATER_ABSORPTION, keep_bands=None, scale=1.0):
        self.num_bands = num_bands
        self.drop_bands = drop_bands
        self.keep_bands = keep_bands
        self.scale = scale


def resolve_bands(config):
    if config.keep_bands is not None:
        return list(config.keep_bands)
    return [b for b in range(config.num_bands) if b not in set(config.drop_bands)]


class BandSubset(nn.Cell):
    def __init__(self, config):
        super().__init__()
        bands = resolve_bands(config)
        self.num_kept = len(bands)
        self.band_index = Tensor(np.array(bands, dtype=np.int32))
        self.scale = config.scale
        self.proj = nn.Dense(self.num_kept, 16)

    def construct(self, cube):
        # cube: (batch, bands, h, w) -> per-pixel spectra with kept bands
        kept = ops.gather(cube, self.band_index, 1)
        b, c, h, w = kept.shape
        spectra = kept.transpose(0, 2, 3, 1).reshape(b * h * w, c)
        if self.scale != 1.0:
            spectra = spectra * self.scale
        return self.proj(spectra).reshape(b, h, w, -1)


def make():
    np.random.seed(3822)
    cfg = BandSubsetConfig()
    cube = Tensor(np.random.rand(2, cfg.num_bands, 5, 5).astype(np.float32))
    return BandSubset(cfg), (cube,)

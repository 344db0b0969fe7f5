# case: pick a fixed number of brightest stars per render batch, count set in the renderer config -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def apparent_flux(magnitude):
    return ops.pow(10.0, -0.4 * magnitude)


class StarBatchConfig:
    max_sprites = 64
    extinction = 0.12


class BrightestStarPicker(nn.Cell):
    def __init__(self, cfg=StarBatchConfig()):
        super().__init__()
        self.k = cfg.max_sprites
        self.extinction = cfg.extinction

    def construct(self, magnitudes, airmass):
        observed = magnitudes + self.extinction * airmass
        flux = apparent_flux(observed)
        top_flux, top_idx = ops.topk(flux, self.k)
        # normalise sprite intensity to the brightest star in batch
        return top_flux / top_flux[0], top_idx


def make():
    np.random.seed(322)
    mags = Tensor(np.random.uniform(-1.0, 6.5, size=(512,)).astype(np.float32))
    airmass = Tensor(np.random.uniform(1.0, 2.5, size=(512,)).astype(np.float32))
    return BrightestStarPicker(), (mags, airmass)

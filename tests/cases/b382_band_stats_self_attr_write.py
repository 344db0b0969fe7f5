# case: per-band batch normaliser caches the last batch mean on self (self.last_band_mean = ...) inside construct for later inspection -> error or static (attribute write in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpectralNormConfig:
    def __init__(self, num_bands=20, eps=1e-5, track_last_batch=True, affine=True):
        self.num_bands = num_bands
        self.eps = eps
        self.track_last_batch = track_last_batch
        self.affine = affine


class SpectralBatchNorm(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.eps = config.eps
        self.track_last_batch = config.track_last_batch
        self.affine = config.affine
        self.last_band_mean = None
        self._build_affine(config.num_bands)

    def _build_affine(self, num_bands):
        self.gamma = ms.Parameter(Tensor(np.ones(num_bands, np.float32)), name="gamma")
        self.beta = ms.Parameter(Tensor(np.zeros(num_bands, np.float32)), name="beta")

    def construct(self, cube):
        # cube: (batch, bands, h, w)
        mean = cube.mean(axis=(0, 2, 3))
        var = cube.var(axis=(0, 2, 3))
        if self.track_last_batch:
            self.last_band_mean = mean
        x = (cube - mean.reshape(1, -1, 1, 1)) / ops.sqrt(var.reshape(1, -1, 1, 1) + self.eps)
        if self.affine:
            x = x * self.gamma.reshape(1, -1, 1, 1) + self.beta.reshape(1, -1, 1, 1)
        return x


def make():
    np.random.seed(3839)
    cfg = SpectralNormConfig()
    x = Tensor(np.random.rand(2, cfg.num_bands, 6, 6).astype(np.float32))
    return SpectralBatchNorm(cfg), (x,)

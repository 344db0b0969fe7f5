# case: spectral embedding uses an nn.Dense subclass whose per-band scale Parameter is created in a helper and read back via getattr with a default -> legal subclass, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SpectralDense(nn.Dense):
    def __init__(self, in_channels, out_channels, band_scaling=True, **kwargs):
        super().__init__(in_channels, out_channels, **kwargs)
        if band_scaling:
            self._init_band_scale(in_channels)

    def _init_band_scale(self, n):
        self.band_scale = Parameter(Tensor(np.ones(n, np.float32)), name="band_scale")

    def construct(self, x):
        scale = getattr(self, "band_scale", None)
        if scale is not None:
            x = x * scale
        return super().construct(x)


class EmbedConfig:
    def __init__(self, num_bands=10, dim=16, band_scaling=True, activation="gelu"):
        self.num_bands = num_bands
        self.dim = dim
        self.band_scaling = band_scaling
        self.activation = activation


class PixelSpectralEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.dense = SpectralDense(config.num_bands, config.dim, band_scaling=config.band_scaling)
        self.act = nn.GELU() if config.activation == "gelu" else nn.ReLU()

    def construct(self, cube):
        b, c, h, w = cube.shape
        pixels = cube.transpose(0, 2, 3, 1).reshape(b * h * w, c)
        emb = self.act(self.dense(pixels))
        return emb.reshape(b, h, w, -1)


def make():
    np.random.seed(3406)
    cube = Tensor(np.random.rand(2, 10, 8, 8).astype(np.float32))
    return PixelSpectralEmbedding(EmbedConfig()), (cube,)

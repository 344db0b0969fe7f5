# case: spectral pyramid keeps halving the band axis by average pooling while the spectral energy is above a threshold -> error or dynamic (loop-carried shape changes)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PyramidConfig:
    energy_threshold = 0.05
    min_bands = 4
    return_levels = False


class SpectralPyramid(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = config if config is not None else PyramidConfig()
        self.energy_threshold = config.energy_threshold
        self.min_bands = config.min_bands
        self.return_levels = config.return_levels
        self.pool = nn.AvgPool1d(kernel_size=2, stride=2)

    def energy(self, x):
        return (x * x).mean()

    def construct(self, spectra):
        # spectra: (batch, 1, bands)
        x = spectra
        while x.shape[-1] > self.min_bands and self.energy(x) > self.energy_threshold:
            x = self.pool(x)
        return x.sum(-1)


def make():
    np.random.seed(3831)
    x = Tensor(np.random.rand(4, 1, 32).astype(np.float32))
    return SpectralPyramid(), (x,)

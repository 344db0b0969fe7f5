# case: normaliser creates a plain Python running-statistics tracker in construct, updates its fields and reads them back -> error (plain class instance built in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NormConfig:
    def __init__(self, num_bands=16, eps=1e-5, center=True):
        self.num_bands = num_bands
        self.eps = eps
        self.center = center


class BandStatsTracker:
    def __init__(self):
        self.mean = None
        self.var = None

    def update(self, x):
        self.mean = x.mean(0)
        self.var = ((x - self.mean) ** 2).mean(0)


class BandwiseNormalizer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.eps = config.eps
        self.center = config.center
        self.head = nn.Dense(config.num_bands, 4)

    def construct(self, spectra):
        stats = BandStatsTracker()
        stats.update(spectra)
        x = spectra - stats.mean if self.center else spectra
        x = x / ops.sqrt(stats.var + self.eps)
        return self.head(x)


def make():
    np.random.seed(3837)
    cfg = NormConfig()
    x = Tensor(np.random.rand(32, cfg.num_bands).astype(np.float32))
    return BandwiseNormalizer(cfg), (x,)

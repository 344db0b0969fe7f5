# case: climatology normaliser that caches statistics in a module-level global -> compile error at line 10
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

_CLIM_CACHE = None


def _climatology(history):
    global _CLIM_CACHE
    mean = history.mean(axis=0)
    std = history.std(axis=0) + 1e-6
    _CLIM_CACHE = (mean, std)
    return mean, std


class ClimatologyNormalizer(nn.Cell):
    """Standardise a forecast field with the mean/std of the historical record."""

    def __init__(self, clip=5.0):
        super().__init__()
        self.clip = clip

    def construct(self, field, history):
        mean, std = _climatology(history)
        z = (field - mean) / std
        return ops.clip_by_value(z, -self.clip, self.clip)


def make():
    rng = np.random.RandomState(20)
    hist = Tensor(rng.randn(12, 4, 6).astype(np.float32))
    field = Tensor(rng.randn(2, 4, 6).astype(np.float32))
    return ClimatologyNormalizer(), (field, hist)

# case: pick the most informative hyperspectral bands of a berry image, with the band count read from a ripeness tensor -> top-k with k from data, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BandSelector(nn.Cell):
    """Scores each spectral band and keeps the strongest ones."""

    def __init__(self, n_bands=32, hidden=16):
        super().__init__()
        self.score = nn.Dense(n_bands, hidden)
        self.out = nn.Dense(hidden, n_bands)
        self.act = nn.ReLU()

    def band_importance(self, spectra):
        h = self.act(self.score(spectra))
        return ops.sigmoid(self.out(h)).mean(axis=0)

    def construct(self, spectra, n_keep):
        importance = self.band_importance(spectra)
        k = int(n_keep)
        values, idx = ops.topk(importance, k)
        return values, idx


def make():
    np.random.seed(287)
    spectra = Tensor(np.random.rand(8, 32).astype(np.float32))
    n_keep = Tensor(np.array(6, dtype=np.int32))
    return BandSelector(), (spectra, n_keep)

# case: pick the most informative hyperspectral bands of a berry image with a fixed band budget from the config -> constant k, Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BandSelector(nn.Cell):
    """Scores each spectral band and keeps a fixed number of them."""

    def __init__(self, n_bands=32, hidden=16, n_keep=6):
        super().__init__()
        self.score = nn.Dense(n_bands, hidden)
        self.out = nn.Dense(hidden, n_bands)
        self.act = nn.ReLU()
        self.n_keep = n_keep

    def band_importance(self, spectra):
        h = self.act(self.score(spectra))
        return ops.sigmoid(self.out(h)).mean(axis=0)

    def construct(self, spectra):
        importance = self.band_importance(spectra)
        values, idx = ops.topk(importance, self.n_keep)
        picked = ops.gather(spectra, idx, 1)
        return values, picked


def make():
    np.random.seed(2871)
    spectra = Tensor(np.random.rand(8, 32).astype(np.float32))
    return BandSelector(), (spectra,)

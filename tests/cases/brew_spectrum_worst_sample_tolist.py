# case: finds the spectrum with the strongest off-flavour score by converting the scores to a Python list with .tolist() and using list.index(max(...)) to pick the sample -> host round trip in construct, error or fallback in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WorstSampleFinder(nn.Cell):
    def __init__(self, n_bins=32, n_flavours=4):
        super().__init__()
        self.head = nn.Dense(n_bins, n_flavours)
        self.sigmoid = nn.Sigmoid()

    def off_flavour_score(self, spectra):
        probs = self.sigmoid(self.head(spectra))
        return probs.max(axis=1)

    def construct(self, spectra):
        scores = self.off_flavour_score(spectra)
        vals = scores.tolist()
        worst = vals.index(max(vals))
        return scores, spectra[worst]


def make():
    np.random.seed(27)
    spectra = np.random.rand(5, 32).astype(np.float32)
    return WorstSampleFinder(), (Tensor(spectra),)

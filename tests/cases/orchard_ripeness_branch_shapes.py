# case: grade fruit ripeness from NIR spectra, returning per-band detail only when the batch looks overripe -> if on a tensor value with branches of different shapes, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpectralRipenessGrader(nn.Cell):
    def __init__(self, n_bands=12, n_grades=4):
        super().__init__()
        self.proj = nn.Dense(n_bands, n_grades)
        self.softmax = nn.Softmax(axis=-1)

    def construct(self, spectra):
        # spectra: (fruit, bands)
        probs = self.softmax(self.proj(spectra))
        overripe_share = probs[:, -1].mean()
        if overripe_share > 0.3:
            out = probs
        else:
            out = probs.mean(axis=0)
        return out


def make():
    np.random.seed(31)
    spectra = Tensor(np.random.rand(16, 12).astype(np.float32))
    return SpectralRipenessGrader(), (spectra,)

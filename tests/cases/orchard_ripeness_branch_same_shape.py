# case: grade fruit ripeness from NIR spectra and sharpen the grades when the batch looks overripe -> if on a tensor value but both branches keep the same shape, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpectralRipenessGrader(nn.Cell):
    def __init__(self, n_bands=12, n_grades=4, sharpen=2.0):
        super().__init__()
        self.proj = nn.Dense(n_bands, n_grades)
        self.softmax = nn.Softmax(axis=-1)
        self.sharpen = sharpen

    def construct(self, spectra):
        logits = self.proj(spectra)
        probs = self.softmax(logits)
        overripe_share = probs[:, -1].mean()
        if overripe_share > 0.3:
            out = self.softmax(logits * self.sharpen)
        else:
            out = probs
        return out


def make():
    np.random.seed(32)
    spectra = Tensor(np.random.rand(16, 12).astype(np.float32))
    return SpectralRipenessGrader(), (spectra,)

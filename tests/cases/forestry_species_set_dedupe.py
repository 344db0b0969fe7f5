# case: crown classifier collects predicted species ids into a Python set inside construct to count how many species appear -> error in Graph mode (set / data-dependent Python values)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrownSpeciesClassifier(nn.Cell):
    def __init__(self, n_bands=5, n_species=7):
        super().__init__()
        self.fc = nn.Dense(n_bands, n_species)

    def construct(self, crown_spectra):
        logits = self.fc(crown_spectra)
        pred = logits.argmax(axis=1)
        seen = set()
        for i in range(pred.shape[0]):
            seen.add(int(pred[i]))
        return logits, len(seen)


def make():
    np.random.seed(18)
    spectra = Tensor(np.random.rand(9, 5).astype(np.float32))
    return CrownSpeciesClassifier(), (spectra,)

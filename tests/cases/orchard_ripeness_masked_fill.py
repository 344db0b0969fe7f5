# case: grade ripeness per fruit but blank out bruised fruit with ops.masked_fill and a fixed-size top-3 over the remaining scores -> fixed shapes with masks, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BruiseAwareGrader(nn.Cell):
    def __init__(self, n_bands=10, bruise_band=2, bruise_level=0.85, top_k=3):
        super().__init__()
        self.score = nn.Dense(n_bands, 1)
        self.bruise_band = bruise_band
        self.bruise_level = bruise_level
        self.top_k = top_k

    def construct(self, spectra):
        ripeness = ops.sigmoid(self.score(spectra).squeeze(-1))
        bruised = spectra[:, self.bruise_band] > self.bruise_level
        clean = ops.masked_fill(ripeness, bruised, Tensor(-1.0, ms.float32))
        best, idx = ops.topk(clean, self.top_k)
        return best, idx, bruised.astype(ms.int32).sum()


def make():
    np.random.seed(211)
    spectra = Tensor(np.random.rand(20, 10).astype(np.float32))
    return BruiseAwareGrader(), (spectra,)

# case: test-pressing spectral tilt check wraps the dB conversion of the band powers in a `with np.errstate(...)` block inside construct -> with statement in construct, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpectralTiltCheck(nn.Cell):
    def __init__(self, n_bands=8, max_tilt_db=6.0):
        super().__init__()
        self.n_bands = n_bands
        self.max_tilt_db = max_tilt_db
        self.x = Tensor(np.log2(np.arange(1, n_bands + 1)).astype(np.float32))

    def construct(self, spectrum):
        bands = spectrum.reshape(self.n_bands, -1).mean(axis=1)
        with np.errstate(divide="ignore"):
            db = 10.0 * ops.log10(bands + 1e-12)
        xm = self.x - self.x.mean()
        slope = (xm * (db - db.mean())).sum() / (xm * xm).sum()
        return slope, ops.abs(slope) > self.max_tilt_db


def make():
    np.random.seed(111)
    s = (np.abs(np.random.randn(256)) + 0.1).astype(np.float32)
    return SpectralTiltCheck(), (Tensor(s),)

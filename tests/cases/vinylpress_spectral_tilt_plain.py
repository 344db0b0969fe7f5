# case: test-pressing spectral tilt check computes band dB with an epsilon floor and a least-squares slope, all on fixed shapes -> plain tensor math, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def to_db(power, floor=1e-12):
    return 10.0 * ops.log10(ops.maximum(power, floor))


class SpectralTiltCheck(nn.Cell):
    def __init__(self, n_bands=8, max_tilt_db=6.0):
        super().__init__()
        self.n_bands = n_bands
        self.max_tilt_db = max_tilt_db
        self.x = Tensor(np.log2(np.arange(1, n_bands + 1)).astype(np.float32))

    def construct(self, spectrum):
        bands = spectrum.reshape(self.n_bands, -1).mean(axis=1)
        db = to_db(bands)
        xm = self.x - self.x.mean()
        slope = (xm * (db - db.mean())).sum() / (xm * xm).sum()
        return slope, ops.abs(slope) > self.max_tilt_db


def make():
    np.random.seed(112)
    s = (np.abs(np.random.randn(256)) + 0.1).astype(np.float32)
    return SpectralTiltCheck(), (Tensor(s),)

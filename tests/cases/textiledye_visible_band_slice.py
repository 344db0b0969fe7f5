# case: crop reflectance curves to a fixed visible band configured in nm, converted to indices in __init__ -> constant slice, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

WL_START, WL_STEP = 380, 10


def band_to_index(nm):
    return (nm - WL_START) // WL_STEP


class BandCropEncoder(nn.Cell):
    def __init__(self, lo_nm=400, hi_nm=700, hidden=24):
        super().__init__()
        self.lo = band_to_index(lo_nm)
        self.hi = band_to_index(hi_nm) + 1
        n = self.hi - self.lo
        self.fc = nn.Dense(n, hidden)
        self.act = nn.ReLU()

    def construct(self, reflectance):
        # reflectance: (batch, 36) measured 380-730 nm
        band = reflectance[:, self.lo:self.hi]
        return self.act(self.fc(band))


def make():
    np.random.seed(12)
    refl = np.clip(0.5 + 0.2 * np.random.randn(8, 36), 0.01, 0.99).astype(np.float32)
    return BandCropEncoder(), (Tensor(refl),)

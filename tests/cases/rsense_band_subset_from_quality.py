# case: keep only spectral bands whose quality flag is set (nonzero on a flag tensor, then gather) before averaging -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QualityBandComposite(nn.Cell):
    """Builds a panchromatic-like composite from the bands that passed radiometric QA."""

    def __init__(self, n_bands=8, scale=1e-4, offset=0.0):
        super().__init__()
        self.n_bands = n_bands
        self.scale = scale
        self.offset = offset

    def to_reflectance(self, dn):
        return dn * self.scale + self.offset

    def construct(self, dn, band_ok):
        refl = self.to_reflectance(dn)
        good = ops.nonzero(band_ok).reshape(-1)
        kept = ops.gather(refl, good, 1)
        composite = kept.mean(axis=1)
        return composite, good.shape[0]


def make():
    np.random.seed(14)
    dn = Tensor((np.random.rand(2, 8, 6, 6) * 10000).astype(np.float32))
    band_ok = Tensor(np.array([1, 1, 0, 1, 1, 0, 1, 1], np.int32))
    return QualityBandComposite(), (dn, band_ok)

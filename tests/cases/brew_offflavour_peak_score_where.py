# case: scores off-flavour bands by zeroing non-peak bins with ops.where over the full spectrum -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OffFlavourBandScore(nn.Cell):
    def __init__(self, n_bins=48, min_height=0.25):
        super().__init__()
        self.min_height = min_height
        self.band_weights = ms.Parameter(Tensor(np.linspace(0.5, 1.5, n_bins - 2).astype(np.float32)),
                                         name="band_weights")

    def construct(self, spectra):
        center = spectra[:, 1:-1]
        is_peak = ops.logical_and(center > spectra[:, :-2], center > spectra[:, 2:])
        is_peak = ops.logical_and(is_peak, center > self.min_height)
        peak_only = ops.where(is_peak, center, ops.zeros_like(center))
        score = (peak_only * self.band_weights).sum(axis=1)
        n_peaks = is_peak.astype(ms.float32).sum(axis=1)
        return score, n_peaks


def make():
    np.random.seed(5)
    spectra = np.abs(np.random.randn(3, 48)).astype(np.float32) * 0.3
    return OffFlavourBandScore(), (Tensor(spectra),)

# case: sheave bearing vibration band energies and a peak flag map computed with fixed reshapes and comparisons -> static shapes, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def band_energy(spec, n_bands):
    b, f = spec.shape
    return spec.reshape(b, n_bands, f // n_bands).sum(axis=-1)


class BearingBandAnalyzer(nn.Cell):
    def __init__(self, fs_hz=2048.0, n_fft=128, peak_ratio=4.0, n_bands=8):
        super().__init__()
        self.bin_hz = fs_hz / n_fft
        self.peak_ratio = peak_ratio
        self.n_bands = n_bands
        freqs = np.arange(n_fft // 2, dtype=np.float32) * self.bin_hz
        self.freqs = Tensor(freqs)

    def construct(self, spectrum):
        # spectrum: (channels, bins)
        floor = spectrum.mean(axis=1, keep_dims=True)
        is_peak = (spectrum > self.peak_ratio * floor).astype(ms.float32)
        n_peaks = is_peak.sum(axis=1)
        centroid = (is_peak * self.freqs).sum(axis=1) / ops.maximum(n_peaks, 1.0)
        return centroid, band_energy(spectrum, self.n_bands)


def make():
    np.random.seed(7)
    s = np.abs(np.random.randn(3, 64)).astype(np.float32)
    s[:, [9, 18, 27]] += 12.0
    return BearingBandAnalyzer(), (Tensor(s),)

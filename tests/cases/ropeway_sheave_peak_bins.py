# case: locate spectral peaks of the sheave bearing vibration with ops.nonzero and average their frequencies -> nonzero output length depends on data, Graph mode dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def band_energy(spec, n_bands):
    b, f = spec.shape
    return spec.reshape(b, n_bands, f // n_bands).sum(axis=-1)


class BearingPeakFinder(nn.Cell):
    def __init__(self, fs_hz=2048.0, n_fft=128, peak_ratio=4.0):
        super().__init__()
        self.bin_hz = fs_hz / n_fft
        self.peak_ratio = peak_ratio

    def construct(self, spectrum):
        # spectrum: (bins,) magnitude of one accelerometer channel
        floor = spectrum.mean()
        peaks = ops.nonzero(spectrum > self.peak_ratio * floor)
        freqs = peaks.astype(ms.float32).reshape(-1) * self.bin_hz
        return freqs.mean(), band_energy(spectrum.reshape(1, -1), 8)


def make():
    np.random.seed(7)
    s = np.abs(np.random.randn(64)).astype(np.float32)
    s[[9, 18, 27]] += 12.0
    return BearingPeakFinder(), (Tensor(s),)

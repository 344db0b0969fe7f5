# case: estimate a flue pipe's fundamental from a recorded spectrum, sum energy in a fixed low band set by a config int -> constant slice, Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def hann_window(n):
    k = np.arange(n, dtype=np.float32)
    return (0.5 - 0.5 * np.cos(2.0 * np.pi * k / (n - 1))).astype(np.float32)


class PipePitchEstimator(nn.Cell):
    def __init__(self, frame_len=256, sample_rate=8000.0, low_band_bins=24):
        super().__init__()
        self.window = Tensor(hann_window(frame_len))
        self.bin_hz = sample_rate / frame_len
        self.low_band_bins = low_band_bins
        self.proj = nn.Dense(frame_len, frame_len // 2)

    def spectrum(self, frame):
        return ops.abs(self.proj(frame * self.window))

    def construct(self, frame):
        spec = self.spectrum(frame)
        peak_bin = ops.argmax(spec, dim=1)
        low_band = spec[:, :self.low_band_bins]
        energy = low_band.sum(axis=1)
        f0 = peak_bin.astype(ms.float32) * self.bin_hz
        return energy, f0


def make():
    np.random.seed(311)
    frame = Tensor(np.random.randn(2, 256).astype(np.float32))
    return PipePitchEstimator(), (frame,)

# case: pulls the car accelerometer trace to NumPy inside construct to run an FFT for ride-comfort peaks -> asnumpy host round trip inside the graph, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RideComfortSpectrum(nn.Cell):
    def __init__(self, sample_hz=256.0, band=(1.0, 20.0)):
        super().__init__()
        self.sample_hz = sample_hz
        self.band = band

    def construct(self, accel):
        centered = accel - accel.mean()
        arr = centered.asnumpy()
        spec = np.abs(np.fft.rfft(arr))
        freqs = np.fft.rfftfreq(arr.shape[0], 1.0 / self.sample_hz)
        keep = (freqs >= self.band[0]) & (freqs <= self.band[1])
        peak = Tensor(spec[keep].max().astype(np.float32))
        return peak, centered.std()


def make():
    np.random.seed(6)
    t = np.arange(128) / 256.0
    accel = (0.05 * np.sin(2 * np.pi * 8.0 * t) + 0.01 * np.random.randn(128)).astype(np.float32)
    return RideComfortSpectrum(), (Tensor(accel),)

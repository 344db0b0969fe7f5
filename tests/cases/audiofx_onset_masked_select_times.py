# case: spectral-flux onset detector returns the frame times whose flux exceeds an adaptive threshold via masked_select -> dynamic shape output (masked_select)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpectralFluxOnsets(nn.Cell):
    def __init__(self, hop_seconds=0.01, delta=0.05):
        super().__init__()
        self.hop_seconds = hop_seconds
        self.delta = delta
        self.relu = nn.ReLU()

    def flux(self, mag):
        diff = mag[:, 1:] - mag[:, :-1]
        return self.relu(diff).sum(axis=0)

    def construct(self, mag):
        fl = self.flux(mag)
        thr = fl.mean() + self.delta
        frames = ops.arange(0, fl.shape[0], dtype=ms.float32)
        times = frames * self.hop_seconds
        onset_times = ops.masked_select(times, fl > thr)
        return onset_times


def make():
    np.random.seed(0)
    mag = Tensor(np.abs(np.random.randn(16, 40)).astype(np.float32))
    return SpectralFluxOnsets(), (mag,)

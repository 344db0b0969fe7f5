# case: spectral-flux onset detection with local-max peak picking returning onset frame indices via nonzero -> dynamic shape at line 38
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpectralFlux(nn.Cell):
    def __init__(self, lag=1, log_compress=True):
        super().__init__()
        self.lag = lag
        self.log_compress = log_compress

    def construct(self, spec):
        if self.log_compress:
            spec = ops.log1p(10.0 * spec)
        diff = spec[:, self.lag:] - spec[:, :-self.lag]
        flux = ops.relu(diff).sum(axis=0)
        return ops.pad(flux, (self.lag, 0))


class OnsetDetector(nn.Cell):
    def __init__(self, pre_max=2, delta=0.05):
        super().__init__()
        self.flux = SpectralFlux()
        self.pool = nn.MaxPool1d(kernel_size=2 * pre_max + 1, stride=1, pad_mode="same")
        self.delta = delta

    def pick_peaks(self, odf):
        local_max = self.pool(odf.reshape(1, 1, -1)).reshape(-1)
        thresh = odf.mean() + self.delta
        is_peak = ops.logical_and(odf >= local_max, odf > thresh)
        return is_peak

    def construct(self, spec):
        odf = self.flux(spec)
        odf = odf / (odf.max() + 1e-6)
        peaks = self.pick_peaks(odf)
        onset_frames = ops.nonzero(peaks).squeeze(-1)
        return onset_frames


def make():
    np.random.seed(4)
    spec = np.abs(np.random.randn(24, 40)).astype(np.float32)
    spec[:, [5, 17, 30]] += 3.0
    return OnsetDetector(), (Tensor(spec),)

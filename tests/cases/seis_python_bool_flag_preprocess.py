# case: waveform preprocessing with constructor flags demean, taper and normalize as Python bools selecting steps -> branches on Python constants, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Preprocess(nn.Cell):
    def __init__(self, n_samples, demean=True, taper=True, normalize=False, taper_frac=0.1):
        super().__init__()
        self.demean = demean
        self.taper = taper
        self.normalize = normalize
        n_taper = int(n_samples * taper_frac)
        win = np.ones(n_samples, dtype=np.float32)
        ramp = 0.5 * (1 - np.cos(np.linspace(0, np.pi, n_taper)))
        win[:n_taper] = ramp
        win[-n_taper:] = ramp[::-1]
        self.window = Tensor(win)

    def construct(self, traces):
        x = traces
        if self.demean:
            x = x - x.mean(axis=-1, keep_dims=True)
        if self.taper:
            x = x * self.window
        if self.normalize:
            x = x / (ops.abs(x).max(axis=-1, keepdims=True) + 1e-8)
        return x


def make():
    np.random.seed(35)
    tr = (np.random.randn(3, 50) + 2.0).astype(np.float32)
    return Preprocess(50, normalize=True), (Tensor(tr),)

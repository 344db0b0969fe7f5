# case: compute per-window SO2 peak flux with a for loop over a Python-constant number of windows -> unrolled loop with fixed shapes, Graph mode should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindowPeaks(nn.Cell):
    def __init__(self, n_samples=96, window=12):
        super().__init__()
        self.window = window
        self.n_windows = n_samples // window

    def construct(self, flux_t_per_day):
        peaks = []
        for w in range(self.n_windows):
            seg = flux_t_per_day[w * self.window:(w + 1) * self.window]
            peaks.append(seg.max())
        peaks = ops.stack(peaks)
        trend = peaks[1:] - peaks[:-1]
        return peaks, trend


def make():
    np.random.seed(72)
    flux = np.abs(np.random.randn(96)).astype(np.float32) * 800.0 + 200.0
    return WindowPeaks(), (Tensor(flux),)

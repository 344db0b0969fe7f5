# case: robust light-curve amplitude from sorted magnitudes, percentile indices derived from the static length of the series -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PercentileAmplitude(nn.Cell):
    def __init__(self, lo=0.05, hi=0.95):
        super().__init__()
        self.lo = lo
        self.hi = hi

    def construct(self, mags):
        n = mags.shape[-1]
        srt, _ = ops.sort(mags, axis=-1)
        i_lo = int(self.lo * (n - 1))
        i_hi = int(self.hi * (n - 1))
        median = srt[:, n // 2]
        amp = srt[:, i_hi] - srt[:, i_lo]
        return median, amp


def make():
    np.random.seed(44)
    t = np.linspace(0.0, 10.0, 40)
    mags = np.stack([15.0 + a * np.sin(2 * np.pi * t / p) for a, p in [(0.3, 2.0), (0.8, 3.5), (0.1, 1.2)]])
    mags = (mags + 0.02 * np.random.randn(3, 40)).astype(np.float32)
    return PercentileAmplitude(), (Tensor(mags),)

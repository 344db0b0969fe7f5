# case: pick the k steepest fill-rate samples of a chamber fill curve, k counted from samples above a surge threshold -> top-k size from tensor data, expect Graph mode to reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FillSurgeDetector(nn.Cell):
    def __init__(self, surge_threshold=0.35, smooth=True):
        super().__init__()
        self.surge_threshold = surge_threshold
        self.smooth = smooth

    def fill_rate(self, levels):
        rate = levels[:, 1:] - levels[:, :-1]
        if self.smooth:
            rate = (rate[:, :-1] + rate[:, 1:]) * 0.5
        return rate

    def construct(self, levels):
        rate = self.fill_rate(levels)
        n_surges = (rate > self.surge_threshold).astype(ms.int32).sum()
        k = int(n_surges) // levels.shape[0] + 1
        peaks, idx = ops.topk(rate, k)
        return peaks, idx


def make():
    np.random.seed(11)
    t = np.linspace(0.0, 1.0, 48, dtype=np.float32)
    base = 1.0 - np.exp(-4.0 * t)
    levels = np.stack([base * 6.0 + np.random.randn(48).astype(np.float32) * 0.2 for _ in range(3)])
    return FillSurgeDetector(), (Tensor(levels.astype(np.float32)),)

# case: average dye-bath exhaustion over samples past the level threshold using a multiplicative mask -> fixed shapes, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExhaustionSummaryMasked(nn.Cell):
    def __init__(self, level_threshold=0.6, eps=1e-6):
        super().__init__()
        self.level_threshold = level_threshold
        self.eps = eps

    def exhaustion(self, c0, ct):
        return 1.0 - ct / c0

    def construct(self, c0, bath_series):
        e = self.exhaustion(c0, bath_series)
        w = (e > self.level_threshold).astype(ms.float32)
        late_mean = (e * w).sum() / (w.sum() + self.eps)
        return late_mean, e


def make():
    np.random.seed(14)
    t = np.arange(0, 60, 2, dtype=np.float32)
    ct = 2.0 * np.exp(-t / 18.0) + 0.02 * np.random.rand(t.size)
    return ExhaustionSummaryMasked(), (Tensor(np.float32(2.0)), Tensor(ct.astype(np.float32)))

# case: count crash-like impacts per fixed time bin by reshaping the g-force trace into 20 bins -> bin count is a Python constant, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ImpactBinner(nn.Cell):
    def __init__(self, n_bins=20, g_threshold=4.0, min_hits=2):
        super().__init__()
        self.n_bins = n_bins
        self.g_threshold = g_threshold
        self.min_hits = min_hits

    def g_force(self, acc):
        return ops.sqrt((acc * acc).sum(axis=-1)) / 9.81

    def construct(self, acc):
        g = self.g_force(acc)
        per_bin = g.shape[0] // self.n_bins
        bins = g[: per_bin * self.n_bins].reshape(self.n_bins, per_bin)
        hits = (bins > self.g_threshold).astype(ms.float32).sum(axis=1)
        crash_bins = (hits >= self.min_hits).astype(ms.float32)
        return hits, crash_bins.sum(), bins.max(axis=1)


def make():
    np.random.seed(42)
    acc = np.random.normal(0, 3, size=(500, 3)).astype(np.float32)
    acc[200:212] *= 14.0
    return ImpactBinner(), (Tensor(acc),)

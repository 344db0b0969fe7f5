# case: histograms the dominant FFT bin of each hive-audio frame with one_hot and sum over frames -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HiveToneDiversity(nn.Cell):
    """Fixed-length tone histogram: number of frames per dominant frequency bin."""

    def __init__(self, n_bins=32, low_cut=2):
        super().__init__()
        self.n_bins = n_bins
        self.low_cut = low_cut
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, spec):
        band = spec[:, self.low_cut:]
        dom = ops.argmax(band, dim=1) + self.low_cut
        hist = ops.one_hot(dom, self.n_bins, self.on, self.off).sum(axis=0)
        distinct = (hist > 0).astype(ms.float32).sum()
        return hist, distinct / spec.shape[0]


def make():
    np.random.seed(7)
    spec = np.abs(np.random.randn(20, 32)).astype(np.float32)
    return HiveToneDiversity(), (Tensor(spec),)

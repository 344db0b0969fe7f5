# case: quantise tide heights into a fixed number of 0.5 m bands and build a one-hot histogram -> band count is a Python constant, Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TideBandHistogram(nn.Cell):
    def __init__(self, band_m=0.5, n_bands=14):
        super().__init__()
        self.band_m = band_m
        self.n_bands = n_bands

    def quantise(self, h):
        b = ops.floor(h / self.band_m).astype(ms.int32)
        return ops.clamp(b, 0, self.n_bands - 1)

    def construct(self, heights):
        bands = self.quantise(heights)
        onehot = ops.one_hot(bands, self.n_bands, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        hist = onehot.sum(axis=0)
        visited = (hist > 0).astype(ms.int32).sum()
        return hist, visited


def make():
    np.random.seed(3280)
    t = np.linspace(0, 6 * np.pi, 120)
    h = 3.2 + 2.8 * np.sin(t) + np.random.randn(120) * 0.1
    return TideBandHistogram(), (Tensor(h.astype(np.float32)),)

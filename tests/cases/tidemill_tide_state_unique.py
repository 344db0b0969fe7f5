# case: quantise tide heights to 0.5 m bands and count the distinct bands visited with ops.unique -> unique output size depends on data, Graph mode should go dynamic or reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TideBandCounter(nn.Cell):
    def __init__(self, band_m=0.5):
        super().__init__()
        self.band_m = band_m

    def quantise(self, h):
        return ops.floor(h / self.band_m).astype(ms.int32)

    def construct(self, heights):
        bands = self.quantise(heights)
        visited, inverse = ops.unique(bands)
        n_bands = visited.shape[0]
        return visited, inverse, n_bands


def make():
    np.random.seed(3279)
    t = np.linspace(0, 6 * np.pi, 120)
    h = 3.2 + 2.8 * np.sin(t) + np.random.randn(120) * 0.1
    return TideBandCounter(), (Tensor(h.astype(np.float32)),)

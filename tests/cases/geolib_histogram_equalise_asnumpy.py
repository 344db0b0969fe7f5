# case: display-stretch layer equalises each band's histogram with np.histogram on .asnumpy() values inside a helper called from construct -> NumPy on tensor data in construct, expected refused
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_BINS = 32


def equalise_band(band_np, bins=NUM_BINS):
    hist, edges = np.histogram(band_np, bins=bins, range=(0.0, 1.0))
    cdf = np.cumsum(hist).astype(np.float32)
    cdf /= cdf[-1]
    return np.interp(band_np, edges[:-1], cdf).astype(np.float32)


class StretchConfig:
    method = "equalise"
    bins = NUM_BINS


class DisplayStretch(nn.Cell):
    def __init__(self, config=StretchConfig):
        super().__init__()
        self.method = config.method
        self.bins = config.bins

    def _equalise(self, x):
        arr = x.asnumpy()
        out = np.stack([equalise_band(arr[:, b], self.bins) for b in range(arr.shape[1])], axis=1)
        return Tensor(out)

    def construct(self, rgb):
        if self.method == "equalise":
            return self._equalise(rgb)
        return ops.clamp(rgb, 0.0, 1.0)


def make():
    np.random.seed(3389)
    rgb = Tensor((np.random.rand(1, 3, 16, 16) ** 2).astype(np.float32))
    return DisplayStretch(), (rgb,)

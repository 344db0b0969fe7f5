# case: fixed-bin intensity histogram via one_hot of quantised intensities and cumulative sum for percentile thresholds -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HistogramPercentile(nn.Cell):
    def __init__(self, n_bins=64, percentile=99.0, vmax=1.0):
        super().__init__()
        self.n_bins = n_bins
        self.q = percentile / 100.0
        self.vmax = vmax

    def histogram(self, img):
        scaled = ops.clamp(img.reshape(-1) / self.vmax, 0.0, 0.999999) * self.n_bins
        bins = ops.cast(ops.floor(scaled), ms.int32)
        onehot = ops.one_hot(bins, self.n_bins, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return onehot.sum(axis=0)

    def construct(self, img):
        hist = self.histogram(img)
        cdf = ops.cumsum(hist, 0) / hist.sum()
        bin_idx = (cdf < self.q).astype(ms.int32).sum()
        threshold = (bin_idx.astype(ms.float32) + 1.0) / self.n_bins * self.vmax
        return hist, ops.clamp(img / threshold, 0.0, 1.0)


def make():
    np.random.seed(28)
    img = np.random.beta(2, 5, (20, 20)).astype(np.float32)
    return HistogramPercentile(), (Tensor(img),)

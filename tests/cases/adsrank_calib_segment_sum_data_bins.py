# case: histogram-binning calibration aggregates clicks per score bin with unsorted_segment_sum whose segment count is the largest observed bin id + 1 -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HistogramBinning(nn.Cell):
    def __init__(self, bin_width=0.1, prior=1.0):
        super().__init__()
        self.bin_width = bin_width
        self.prior = prior

    def _assign(self, scores):
        return ops.floor(scores / self.bin_width).astype(ms.int32)

    def construct(self, scores, clicks):
        bins = self._assign(scores)
        num_bins = bins.max() + 1
        clicks_per_bin = ops.unsorted_segment_sum(clicks, bins, num_bins)
        imps_per_bin = ops.unsorted_segment_sum(ops.ones_like(clicks), bins, num_bins)
        bin_ctr = (clicks_per_bin + self.prior * 0.05) / (imps_per_bin + self.prior)
        return ops.gather(bin_ctr, bins, 0)


def make():
    np.random.seed(16)
    scores = Tensor((np.random.rand(12) * 0.55).astype(np.float32))
    clicks = Tensor((np.random.rand(12) > 0.7).astype(np.float32))
    return HistogramBinning(), (scores, clicks)

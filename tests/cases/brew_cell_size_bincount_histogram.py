# case: builds a histogram of yeast cell diameters with bincount over binned sizes, so the number of bins depends on the largest cell -> bincount output length is data-dependent, dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CellSizeHistogram(nn.Cell):
    def __init__(self, bin_um=1.0):
        super().__init__()
        self.bin_um = bin_um

    def construct(self, diameters_um):
        bins = ops.floor(diameters_um / self.bin_um).astype(ms.int32)
        hist = ops.bincount(bins)
        frac = hist.astype(ms.float32) / diameters_um.shape[0]
        mode_bin = ops.argmax(frac)
        return frac, mode_bin


def make():
    np.random.seed(37)
    d = np.abs(np.random.normal(6.0, 1.5, size=30)).astype(np.float32)
    return CellSizeHistogram(), (Tensor(d),)

# case: functional peak counter cell that uses ops.max_pool2d NMS and a float mask sum, compares peak count with the density integral -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def count_peaks(density, thresh):
    pooled = ops.max_pool2d(density, kernel_size=3, stride=1, padding=1)
    peak = ops.logical_and(density == pooled, density > thresh)
    per_image = ops.cast(peak, ms.float32).sum(axis=(1, 2, 3))
    integral = density.sum(axis=(1, 2, 3))
    return per_image, ops.abs(per_image - integral)


class PeakCountGap(nn.Cell):
    def __init__(self, thresh=0.6, reduce="mean"):
        super().__init__()
        self.thresh = thresh
        self.reduce = reduce

    def construct(self, density):
        counts, gap = count_peaks(density, self.thresh)
        if self.reduce == "mean":
            gap = gap.mean()
        return counts, gap


def make():
    np.random.seed(46)
    dens = np.random.rand(2, 1, 8, 8).astype(np.float32)
    return PeakCountGap(), (Tensor(dens),)

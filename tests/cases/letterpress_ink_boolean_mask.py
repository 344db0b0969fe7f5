# case: average ink density over plate-scan pixels darker than the inking threshold using boolean-mask indexing -> mask indexing yields data-dependent shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InkCoverage(nn.Cell):
    def __init__(self, threshold=0.35):
        super().__init__()
        self.threshold = threshold
        self.smooth = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, scan):
        density = self.smooth(scan)
        inked = density[density > self.threshold]
        coverage = inked.shape[0] / density.size
        return inked.mean(), coverage


def make():
    np.random.seed(21)
    scan = np.random.rand(1, 1, 48, 64).astype(np.float32)
    return InkCoverage(), (Tensor(scan),)

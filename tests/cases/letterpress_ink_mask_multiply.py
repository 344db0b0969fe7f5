# case: average ink density over plate-scan pixels above threshold by multiplying with a float mask -> masks used arithmetically, Graph mode should stay static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InkCoverage(nn.Cell):
    def __init__(self, threshold=0.35, eps=1e-6):
        super().__init__()
        self.threshold = threshold
        self.eps = eps
        self.smooth = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, scan):
        density = self.smooth(scan)
        mask = (density > self.threshold).astype(ms.float32)
        inked_total = (density * mask).sum()
        n_inked = mask.sum()
        mean_ink = inked_total / (n_inked + self.eps)
        coverage = n_inked / density.size
        return mean_ink, coverage


def make():
    np.random.seed(22)
    scan = np.random.rand(1, 1, 48, 64).astype(np.float32)
    return InkCoverage(), (Tensor(scan),)

# case: detects bar elements in a chart heatmap and returns the coordinates of all peaks found with nonzero -> data-dependent output size, dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BarPeakDetector(nn.Cell):
    def __init__(self, channels=4, peak_thresh=0.6):
        super().__init__()
        self.head = nn.Conv2d(channels, 1, 3, pad_mode="same", has_bias=True)
        self.pool = nn.MaxPool2d(kernel_size=3, stride=1, pad_mode="same")
        self.peak_thresh = peak_thresh

    def heatmap(self, feats):
        return ops.sigmoid(self.head(feats))

    def construct(self, feats):
        hm = self.heatmap(feats)
        local_max = self.pool(hm)
        peaks = ops.logical_and(hm == local_max, hm > self.peak_thresh)
        coords = ops.nonzero(peaks[0, 0])
        return coords


def make():
    np.random.seed(8)
    feats = Tensor(np.random.randn(1, 4, 12, 16).astype(np.float32) * 2.0)
    return BarPeakDetector(), (feats,)

# case: detect local maxima with MaxPool2d equality and count them, returning a fixed-size peak-flux map instead of coordinates -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakMap(nn.Cell):
    def __init__(self, threshold=20.0, box=3):
        super().__init__()
        self.threshold = threshold
        self.pool = nn.MaxPool2d(kernel_size=box, stride=1, pad_mode="same")

    def construct(self, imgs):
        x = imgs.expand_dims(1)
        pooled = self.pool(x).squeeze(1)
        is_peak = ops.logical_and(imgs == pooled, imgs > self.threshold)
        peak_map = imgs * is_peak.astype(imgs.dtype)
        n_peaks = is_peak.astype(ms.int32).sum(axis=(1, 2))
        return peak_map, n_peaks


def make():
    np.random.seed(43)
    imgs = np.abs(np.random.normal(0.0, 3.0, (3, 16, 16))).astype(np.float32)
    imgs[0, 3, 4] += 50.0
    imgs[1, 10, 12] += 70.0
    imgs[2, 8, 8] += 30.0
    return PeakMap(), (Tensor(imgs),)

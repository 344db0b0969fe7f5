# case: finds register-mark pixels in a scanned strip by thresholding darkness and taking nonzero coordinates, then their centroid -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MarkCentroid(nn.Cell):
    def __init__(self, dark_threshold=0.35):
        super().__init__()
        self.dark_threshold = dark_threshold

    def darkness(self, rgb_strip):
        lum = 0.299 * rgb_strip[0] + 0.587 * rgb_strip[1] + 0.114 * rgb_strip[2]
        return 1.0 - lum

    def construct(self, rgb_strip):
        dark = self.darkness(rgb_strip) > (1.0 - self.dark_threshold)
        coords = ops.nonzero(dark).astype(ms.float32)
        centroid = coords.mean(axis=0)
        return centroid


def make():
    np.random.seed(6)
    strip = np.random.uniform(0.7, 1.0, (3, 16, 24)).astype(np.float32)
    strip[:, 6:10, 10:14] = 0.05
    return MarkCentroid(), (Tensor(strip),)

# case: finds a register-mark centroid with a darkness-weighted average over a coordinate grid built from the image shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoftMarkCentroid(nn.Cell):
    def __init__(self, dark_threshold=0.35, sharpness=40.0):
        super().__init__()
        self.dark_threshold = dark_threshold
        self.sharpness = sharpness

    def darkness(self, rgb_strip):
        lum = 0.299 * rgb_strip[0] + 0.587 * rgb_strip[1] + 0.114 * rgb_strip[2]
        return 1.0 - lum

    def construct(self, rgb_strip):
        h, w = rgb_strip.shape[1], rgb_strip.shape[2]
        d = self.darkness(rgb_strip)
        weight = ops.sigmoid((d - (1.0 - self.dark_threshold)) * self.sharpness)
        ys = ops.arange(0, h, dtype=ms.float32).reshape(h, 1)
        xs = ops.arange(0, w, dtype=ms.float32).reshape(1, w)
        total = weight.sum() + 1e-6
        cy = (weight * ys).sum() / total
        cx = (weight * xs).sum() / total
        return ops.stack([cy, cx])


def make():
    np.random.seed(7)
    strip = np.random.uniform(0.7, 1.0, (3, 16, 24)).astype(np.float32)
    strip[:, 6:10, 10:14] = 0.05
    return SoftMarkCentroid(), (Tensor(strip),)

# case: upsamples a patch anomaly map to image size and smooths it with a fixed Gaussian kernel (depthwise conv) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def gaussian_kernel(sigma, radius):
    xs = np.arange(-radius, radius + 1, dtype=np.float32)
    g = np.exp(-(xs ** 2) / (2 * sigma ** 2))
    g = g / g.sum()
    return np.outer(g, g).astype(np.float32)


class AnomalyMapPostprocessor(nn.Cell):
    def __init__(self, image_size=32, sigma=4.0):
        super().__init__()
        self.image_size = image_size
        radius = int(2 * sigma + 0.5)
        k = gaussian_kernel(sigma, radius)
        self.kernel = Tensor(k.reshape(1, 1, *k.shape))
        self.pad = radius

    def smooth(self, amap):
        padded = ops.pad(amap, (self.pad, self.pad, self.pad, self.pad), mode="reflect")
        return ops.conv2d(padded, self.kernel)

    def construct(self, patch_scores):
        amap = ops.interpolate(patch_scores, size=(self.image_size, self.image_size),
                               mode="bilinear", align_corners=False)
        return self.smooth(amap)


def make():
    np.random.seed(24)
    s = np.random.rand(2, 1, 8, 8).astype(np.float32)
    return AnomalyMapPostprocessor(), (Tensor(s),)

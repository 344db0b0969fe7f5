# case: extracts a fixed-size patch centred on the heatmap peak by slicing the image with tensor-valued start indices -> dynamic shape at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def unravel_index(flat_idx, shape):
    _, h, w = shape
    z = flat_idx // (h * w)
    y = (flat_idx // w) % h
    x = flat_idx % w
    return z, y, x


class PeakPatchExtractor(nn.Cell):
    def __init__(self, patch=4):
        super().__init__()
        self.patch = patch

    def _start(self, c, size):
        return ops.clamp(c - self.patch // 2, 0, size - self.patch)

    def construct(self, heatmap, image):
        # heatmap, image: (D, H, W)
        d, h, w = image.shape
        z, y, x = unravel_index(heatmap.reshape(-1).argmax(), heatmap.shape)
        z0, y0, x0 = self._start(z, d), self._start(y, h), self._start(x, w)
        p = self.patch
        return image[z0:z0 + p, y0:y0 + p, x0:x0 + p]


def make():
    np.random.seed(0)
    heat = np.random.rand(8, 8, 8).astype(np.float32)
    heat[5, 2, 6] = 3.0
    img = np.random.rand(8, 8, 8).astype(np.float32)
    return PeakPatchExtractor(), (Tensor(heat), Tensor(img))

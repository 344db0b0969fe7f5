# case: mean nucleus intensity minus background mean, foreground picked with masked_select -> dynamic shape at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ForegroundContrast(nn.Cell):
    """Foreground/background contrast of a nucleus channel."""

    def __init__(self, threshold=0.5, eps=1e-6):
        super().__init__()
        self.threshold = threshold
        self.eps = eps

    def _rescale(self, img):
        lo = img.min()
        hi = img.max()
        return (img - lo) / (hi - lo + self.eps)

    def _foreground(self, img):
        return self._rescale(img) > self.threshold

    def construct(self, img):
        mask = self._foreground(img)
        fg_pixels = ops.masked_select(img, mask)
        bg_weight = ops.logical_not(mask).astype(ms.float32)
        bg_mean = (img * bg_weight).sum() / (bg_weight.sum() + self.eps)
        return fg_pixels.mean() - bg_mean


def make():
    np.random.seed(0)
    img = np.random.rand(1, 1, 24, 24).astype(np.float32)
    img[..., 6:14, 8:16] += 2.0
    return ForegroundContrast(), (Tensor(img),)

# case: crops the image to the bounding box of the segmented cell (box corners from argmax on projections) -> dynamic shape at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CellCropper(nn.Cell):
    def __init__(self, threshold=0.5, margin=1):
        super().__init__()
        self.threshold = threshold
        self.margin = margin

    def _extent(self, profile):
        n = profile.shape[0]
        first = ops.argmax(profile.astype(ms.int32))
        last = n - 1 - ops.argmax(profile[::-1].astype(ms.int32))
        first = ops.maximum(first - self.margin, 0)
        last = ops.minimum(last + self.margin, n - 1)
        return first, last

    def construct(self, img):
        mask = img > self.threshold
        r0, r1 = self._extent(mask.any(axis=1))
        c0, c1 = self._extent(mask.any(axis=0))
        crop = img[r0:r1 + 1, c0:c1 + 1]
        return crop, crop.mean()


def make():
    np.random.seed(13)
    img = np.random.rand(30, 30).astype(np.float32) * 0.3
    img[8:15, 11:22] = 0.95
    return CellCropper(), (Tensor(img),)

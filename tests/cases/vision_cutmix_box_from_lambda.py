# case: cutmix derives the pasted box size from a lambda tensor and slices the image with it -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CutMix(nn.Cell):
    def __init__(self, prob=1.0):
        super().__init__()
        self.prob = prob

    def _cut_size(self, lam, h, w):
        ratio = ops.sqrt(1.0 - lam)
        cut_h = (ratio * h).astype(ms.int32)
        cut_w = (ratio * w).astype(ms.int32)
        return cut_h, cut_w

    def construct(self, images, lam, cy, cx):
        n, c, h, w = images.shape
        cut_h, cut_w = self._cut_size(lam, h, w)
        y1 = ops.clamp(cy - cut_h // 2, 0, h)
        x1 = ops.clamp(cx - cut_w // 2, 0, w)
        donor = images[::-1]
        patch = donor[:, :, y1:y1 + cut_h, x1:x1 + cut_w]
        area = patch.shape[2] * patch.shape[3]
        return patch, 1.0 - area / (h * w)


def make():
    np.random.seed(8)
    imgs = Tensor(np.random.rand(2, 3, 16, 16).astype(np.float32))
    return CutMix(), (imgs, Tensor(np.float32(0.6)), Tensor(np.int32(8)), Tensor(np.int32(7)))

# case: post-processing that dilates the mask when the predicted lesion volume is below a minimum, else tightens the threshold (tensor-valued if with same-shape branches) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptivePostprocess(nn.Cell):
    def __init__(self, threshold=0.5, min_volume=20.0, tighten=0.1, radius=1):
        super().__init__()
        self.threshold = threshold
        self.min_volume = min_volume
        self.tighten = tighten
        self.radius = radius

    def _dilate(self, mask):
        return ops.max_pool3d(mask, 2 * self.radius + 1, 1, self.radius)

    def construct(self, prob):
        mask = (prob > self.threshold).astype(ms.float32)
        volume = mask.sum()
        if volume < self.min_volume:
            mask = self._dilate(mask) * (prob > self.threshold * 0.5).astype(ms.float32)
        else:
            mask = (prob > self.threshold + self.tighten).astype(ms.float32)
        return mask


def make():
    np.random.seed(0)
    p = np.random.rand(1, 1, 6, 6, 6).astype(np.float32) * 0.6
    p[0, 0, 2:4, 2:4, 2:4] = 0.9
    return AdaptivePostprocess(), (Tensor(p),)

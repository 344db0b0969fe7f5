# case: bi-temporal change detection collecting changed pixel coordinates with nonzero + gather_nd -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChangedPixelSummary(nn.Cell):
    def __init__(self, threshold=0.25, use_relative=True, eps=1e-6):
        super().__init__()
        self.threshold = threshold
        self.use_relative = use_relative
        self.eps = eps

    def magnitude(self, before, after):
        diff = after - before
        if self.use_relative:
            diff = diff / (ops.abs(before) + ops.abs(after) + self.eps)
        return ops.sqrt((diff * diff).sum(axis=0))

    def construct(self, before, after):
        # before/after: (bands, H, W) co-registered reflectance
        mag = self.magnitude(before, after)
        coords = ops.nonzero(mag > self.threshold)
        changed = ops.gather_nd(mag, coords)
        n_changed = coords.shape[0]
        return changed.mean(), coords.astype(ms.float32).mean(0), n_changed


def make():
    np.random.seed(3)
    before = np.random.rand(4, 16, 16).astype(np.float32)
    after = before.copy()
    after[:, 4:9, 6:12] += 0.8
    return ChangedPixelSummary(), (Tensor(before), Tensor(after))

# case: random erasing that records the last erased fraction on self (self.last_erase_ratio = ...) inside construct for logging -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrackedRandomErasing(nn.Cell):
    def __init__(self, p=0.5, max_frac=0.4, track_stats=True):
        super().__init__()
        self.p = p
        self.max_frac = max_frac
        self.track_stats = track_stats
        self.last_erase_ratio = None

    def erase_mask(self, h, w):
        frac = ops.rand(()) * self.max_frac
        rows = (ops.arange(h).astype(ms.float32) / h) < ops.sqrt(frac)
        cols = (ops.arange(w).astype(ms.float32) / w) < ops.sqrt(frac)
        return rows.reshape(-1, 1) & cols.reshape(1, -1)

    def construct(self, img):
        h, w = img.shape[-2], img.shape[-1]
        mask = self.erase_mask(h, w)
        mask = mask & (ops.rand(()) < self.p)
        out = ops.masked_fill(img, mask, Tensor(0.0, ms.float32))
        if self.track_stats:
            self.last_erase_ratio = mask.astype(ms.float32).mean()
        return out


def make():
    np.random.seed(29)
    img = Tensor(np.random.rand(3, 10, 10).astype(np.float32))
    return TrackedRandomErasing(), (img,)

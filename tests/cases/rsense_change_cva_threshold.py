# case: change vector analysis with a fixed threshold mask, changed fraction and direction angle -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChangeVectorAnalysis(nn.Cell):
    def __init__(self, threshold=0.3, red=2, nir=3, smooth=True):
        super().__init__()
        self.threshold = threshold
        self.red = red
        self.nir = nir
        self.smooth = smooth
        self.pool = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def magnitude(self, t1, t2):
        d = t2 - t1
        mag = ops.sqrt((d * d).sum(axis=1, keepdims=True))
        if self.smooth:
            mag = self.pool(mag)
        return mag, d

    def construct(self, t1, t2):
        mag, d = self.magnitude(t1, t2)
        changed = (mag > self.threshold).astype(ms.float32)
        angle = ops.atan2(d[:, self.nir], d[:, self.red])
        frac = changed.mean(axis=(1, 2, 3))
        return changed, angle * changed.squeeze(1), frac


def make():
    np.random.seed(34)
    t1 = np.random.rand(2, 4, 10, 10).astype(np.float32) * 0.3
    t2 = t1.copy()
    t2[:, :, 3:7, 3:7] += 0.6
    return ChangeVectorAnalysis(), (Tensor(t1), Tensor(t2))

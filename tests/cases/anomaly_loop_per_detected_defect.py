# case: iterates range(int(n_defects)) where the defect count comes from the thresholded map, accumulating peak scores -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakSuppressor(nn.Cell):
    """Greedy non-maximum suppression of anomaly peaks on a 1-D row profile."""

    def __init__(self, threshold=0.75, radius=1):
        super().__init__()
        self.threshold = threshold
        self.radius = radius

    def suppress(self, profile, idx):
        pos = ops.arange(profile.shape[0])
        near = ops.abs(pos - idx) <= self.radius
        return ops.where(near, ops.zeros_like(profile), profile)

    def construct(self, amap):
        profile = amap.max(axis=0)
        n_defects = (profile > self.threshold).astype(ms.int32).sum()
        peaks = ops.zeros((), ms.float32)
        for _ in range(int(n_defects)):
            idx = ops.argmax(profile)
            peaks = peaks + profile[idx]
            profile = self.suppress(profile, idx)
        return peaks


def make():
    np.random.seed(19)
    amap = np.random.rand(6, 12).astype(np.float32)
    return PeakSuppressor(), (Tensor(amap),)

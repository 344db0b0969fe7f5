# case: if the defect ratio of a loom frame is high, return only the central warp band crop, otherwise the full frame -> tensor-dependent if with different branch shapes errors
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrameTriage(nn.Cell):
    def __init__(self, band=8, ratio_limit=0.1):
        super().__init__()
        self.band = band
        self.ratio_limit = ratio_limit
        self.pool = nn.AvgPool2d(kernel_size=2, stride=2)

    def defect_ratio(self, mask):
        return mask.astype(ms.float32).mean()

    def construct(self, frame, mask):
        pooled = self.pool(frame)
        w = pooled.shape[-1]
        start = (w - self.band) // 2
        if self.defect_ratio(mask) > self.ratio_limit:
            out = pooled[:, :, :, start:start + self.band]
        else:
            out = pooled
        return out


def make():
    np.random.seed(7)
    frame = Tensor(np.random.rand(1, 1, 32, 32).astype(np.float32))
    mask = Tensor(np.random.rand(32, 32) > 0.8)
    return FrameTriage(), (frame, mask)

# case: cumulative attachment loss along six probing sites per tooth with cumsum, clip and mean -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttachmentLoss(nn.Cell):
    """Clinical attachment level = probing depth + recession, six sites per tooth."""

    def __init__(self, sites=6, max_mm=12.0):
        super().__init__()
        self.sites = sites
        self.max_mm = max_mm

    def construct(self, probing_depth, recession):
        cal = ops.clip_by_value(probing_depth + recession, 0.0, self.max_mm)
        cal = cal.reshape(-1, self.sites)
        running = ops.cumsum(cal, axis=1) / ops.arange(1, self.sites + 1).astype(ms.float32)
        worst_site = ops.argmax(cal, dim=1)
        return running[:, -1], worst_site


def make():
    np.random.seed(33)
    pd = (np.random.rand(28 * 6) * 6).astype(np.float32)
    rec = (np.random.rand(28 * 6) * 2).astype(np.float32)
    return AttachmentLoss(), (Tensor(pd), Tensor(rec))

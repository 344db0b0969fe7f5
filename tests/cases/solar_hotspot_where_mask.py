# case: thermal hotspot score uses ops.where to zero out cool pixels and divides by the count of hot pixels -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HotspotScorerStatic(nn.Cell):
    """Mean temperature excess of overheated pixels per module, fixed-shape version."""

    def __init__(self, hot_threshold=65.0, eps=1e-6):
        super().__init__()
        self.hot_threshold = hot_threshold
        self.eps = eps

    def masked_mean(self, thermal):
        mask = thermal > self.hot_threshold
        hot = ops.where(mask, thermal, ops.zeros_like(thermal))
        count = mask.astype(ms.float32).sum(axis=(1, 2))
        return hot.sum(axis=(1, 2)) / (count + self.eps), count

    def construct(self, thermal, ambient):
        mean_hot, count = self.masked_mean(thermal)
        excess = ops.relu(mean_hot - ambient)
        has_hotspot = (count > 0).astype(ms.float32)
        return excess * has_hotspot


def make():
    np.random.seed(1)
    thermal = np.random.uniform(30.0, 80.0, size=(4, 12, 12)).astype(np.float32)
    ambient = Tensor(np.full((4,), 25.0, dtype=np.float32))
    return HotspotScorerStatic(), (Tensor(thermal), ambient)

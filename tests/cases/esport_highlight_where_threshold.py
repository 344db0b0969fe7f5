# case: highlight detector zeroes non-highlight frames with ops.where and averages over a clamped count instead of selecting them -> fixed-shape masking, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HighlightScorer(nn.Cell):
    def __init__(self, feat_dim=12, threshold=0.5):
        super().__init__()
        self.proj = nn.Dense(feat_dim, 1)
        self.threshold = threshold

    def construct(self, telemetry):
        intensity = ops.sigmoid(self.proj(telemetry)).squeeze(-1)
        is_hl = intensity > self.threshold
        kept = ops.where(is_hl, intensity, ops.zeros_like(intensity))
        count = ops.clamp(is_hl.astype(ms.float32).sum(), min=1.0)
        return kept.sum() / count, is_hl.astype(ms.int32)


def make():
    np.random.seed(31)
    tel = Tensor(np.random.randn(32, 12).astype(np.float32))
    return HighlightScorer(12, 0.5), (tel,)

# case: highlight detector keeps only telemetry frames whose action intensity exceeds a threshold via masked_select -> masked_select output size depends on data, dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IntensityHead(nn.Cell):
    def __init__(self, feat_dim=12):
        super().__init__()
        self.proj = nn.Dense(feat_dim, 1)
        self.sigmoid = nn.Sigmoid()

    def construct(self, frames):
        return self.sigmoid(self.proj(frames)).squeeze(-1)


class HighlightDetector(nn.Cell):
    def __init__(self, feat_dim=12, threshold=0.5):
        super().__init__()
        self.head = IntensityHead(feat_dim)
        self.threshold = threshold

    def construct(self, telemetry):
        intensity = self.head(telemetry)
        is_highlight = intensity > self.threshold
        highlight_scores = ops.masked_select(intensity, is_highlight)
        return highlight_scores.sum() / (is_highlight.astype(ms.float32).sum() + 1e-6)


def make():
    np.random.seed(1)
    telemetry = Tensor(np.random.randn(32, 12).astype(np.float32))
    return HighlightDetector(12, 0.5), (telemetry,)

# case: counts pen-up flags to get the number of finished strokes and slices the stroke-feature tensor to that count -> slice bound from tensor value; Graph mode fails or goes dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrokeSummarizer(nn.Cell):
    """Pools point features per stroke and keeps only completed strokes."""

    def __init__(self, feat_dim=8, max_strokes=12):
        super().__init__()
        self.max_strokes = max_strokes
        self.proj = nn.Dense(3, feat_dim)

    def construct(self, points, stroke_feats):
        # points: (T, 3) = (dx, dy, pen_up)
        pen_up = points[:, 2]
        n_done = pen_up.sum().astype(ms.int32)
        done = stroke_feats[:n_done]
        return self.proj(points).mean(0), done.mean(0)


def make():
    np.random.seed(0)
    pts = np.random.randn(20, 3).astype(np.float32)
    pts[:, 2] = (np.random.rand(20) > 0.7).astype(np.float32)
    feats = np.random.randn(12, 8).astype(np.float32)
    return StrokeSummarizer(), (Tensor(pts), Tensor(feats))

# case: assigns each point a stroke index with cumsum of pen-up flags and one-hot pools point features per stroke up to a configured maximum -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrokePooling(nn.Cell):
    def __init__(self, feat_dim=8, max_strokes=6):
        super().__init__()
        self.max_strokes = max_strokes
        self.embed = nn.Dense(3, feat_dim)

    def stroke_ids(self, pen_up):
        ids = ops.cumsum(pen_up, 0) - pen_up
        return ops.clamp(ids, 0, self.max_strokes - 1).astype(ms.int32)

    def construct(self, points):
        ids = self.stroke_ids(points[:, 2])
        onehot = ops.one_hot(ids, self.max_strokes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        feats = self.embed(points)
        counts = onehot.sum(0).reshape(-1, 1) + 1e-6
        return ops.matmul(onehot.T, feats) / counts


def make():
    np.random.seed(23)
    pts = np.random.rand(15, 3).astype(np.float32)
    pts[:, 2] = 0.0
    pts[[3, 8, 14], 2] = 1.0
    return StrokePooling(), (Tensor(pts),)

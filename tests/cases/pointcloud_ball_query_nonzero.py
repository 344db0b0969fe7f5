# case: ball query collects neighbours inside a radius with nonzero on the distance mask; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

RADIUS = 0.8


class BallQuery(nn.Cell):
    def __init__(self, radius=RADIUS):
        super().__init__()
        self.r2 = radius * radius
        self.mlp = nn.Dense(3, 8)

    def construct(self, centers, pts):
        diff = centers.expand_dims(1) - pts.expand_dims(0)
        d2 = (diff * diff).sum(-1)
        pairs = ops.nonzero(d2 < self.r2)
        rel = pts[pairs[:, 1]] - centers[pairs[:, 0]]
        feat = self.mlp(rel)
        return ops.unsorted_segment_max(feat, pairs[:, 0], centers.shape[0])


def make():
    rng = np.random.RandomState(7)
    centers = Tensor(rng.randn(4, 3).astype(np.float32))
    pts = Tensor(rng.randn(40, 3).astype(np.float32))
    return BallQuery(), (centers, pts)

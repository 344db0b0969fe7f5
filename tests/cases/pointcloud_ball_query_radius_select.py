# case: ball query keeps the neighbours of a centroid within a radius using masked_select on the distance mask; neighbour count data-dependent -> dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

RADIUS = 0.4


class BallQuery(nn.Cell):
    def __init__(self, radius=RADIUS):
        super().__init__()
        self.r2 = radius * radius
        self.mlp = nn.Dense(3, 8)

    def construct(self, xyz, center):
        d2 = ((xyz - center) ** 2).sum(axis=-1)
        inside = (d2 < self.r2).expand_dims(-1)
        inside = ops.broadcast_to(inside, xyz.shape)
        nbrs = ops.masked_select(xyz - center, inside).reshape(-1, 3)
        feat = self.mlp(nbrs)
        return feat.max(axis=0)


def make():
    xyz = Tensor(np.random.rand(64, 3).astype(np.float32))
    center = Tensor(np.array([0.5, 0.5, 0.5], np.float32))
    return BallQuery(), (xyz, center)

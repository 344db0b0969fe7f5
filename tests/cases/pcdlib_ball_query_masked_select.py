# case: ball-query helper collects neighbour ids of the first centroid with ops.masked_select inside the radius, then max-pools their features -> dynamic (masked_select output size from data)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BallQueryConfig:
    radius = 0.4
    nsample = 16
    normalize_xyz = False


class RadiusNeighbourMixin:
    def _neighbours_within(self, xyz, center, radius):
        # xyz (N, 3), center (3,) -> 1-D ids of points inside the ball
        dist = ((xyz - center) ** 2).sum(-1)
        mask = dist < radius * radius
        ids = ops.arange(0, xyz.shape[0], dtype=ms.int32)
        return ops.masked_select(ids, mask)


class CentroidBallPool(nn.Cell, RadiusNeighbourMixin):
    def __init__(self, config, in_channels=8, out_channels=16):
        super().__init__()
        self.radius = config.radius
        self.normalize_xyz = config.normalize_xyz
        self.mlp = nn.Dense(in_channels, out_channels)

    def construct(self, xyz, feats):
        center = xyz[0]
        if self.normalize_xyz:
            xyz = xyz / self.radius
        nbr = self._neighbours_within(xyz, center, self.radius)
        local = ops.gather(feats, nbr, 0)
        h = ops.relu(self.mlp(local))
        return h.max(axis=0)


def make():
    np.random.seed(3483)
    xyz = Tensor(np.random.rand(64, 3).astype(np.float32))
    feats = Tensor(np.random.randn(64, 8).astype(np.float32))
    return CentroidBallPool(BallQueryConfig()), (xyz, feats)

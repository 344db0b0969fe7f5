# case: lidar ground removal that estimates the ground height with np.percentile applied to a tensor in construct -> compile error at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GroundRemoval(nn.Cell):
    def __init__(self, percentile=10.0, clearance=0.2):
        super().__init__()
        self.percentile = percentile
        self.clearance = clearance

    def ground_height(self, z):
        return np.percentile(z, self.percentile)

    def construct(self, points):
        z = points[:, 2]
        ground = self.ground_height(z)
        above = (z > ground + self.clearance).astype(ms.float32)
        return points * above.expand_dims(-1)


class PointFeatureNet(nn.Cell):
    def __init__(self, hidden=16):
        super().__init__()
        self.ground = GroundRemoval()
        self.mlp = nn.SequentialCell([nn.Dense(4, hidden), nn.ReLU()])

    def construct(self, points):
        return self.mlp(self.ground(points)).max(axis=0)


def make():
    np.random.seed(11)
    pts = np.random.randn(32, 4).astype(np.float32)
    return PointFeatureNet(), (Tensor(pts),)

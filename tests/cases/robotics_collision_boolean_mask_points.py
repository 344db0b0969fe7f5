# case: point-cloud obstacle filter keeps only points inside the robot workspace with a boolean mask before an encoder -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WorkspacePointEncoder(nn.Cell):
    def __init__(self, workspace_radius=0.8, feat_dim=16, pool="max"):
        super().__init__()
        self.radius = workspace_radius
        self.point_mlp = nn.SequentialCell(nn.Dense(3, feat_dim), nn.ReLU(), nn.Dense(feat_dim, feat_dim))
        self.pool = pool

    def in_workspace(self, points, base):
        return ops.norm(points - base, dim=-1) < self.radius

    def construct(self, points, base):
        keep = self.in_workspace(points, base)
        near = points[keep]
        feats = self.point_mlp(near - base)
        if self.pool == "max":
            return feats.max(axis=0)
        return feats.mean(axis=0)


def make():
    np.random.seed(15)
    pts = Tensor(np.random.uniform(-1, 1, (64, 3)).astype(np.float32))
    base = Tensor(np.zeros((3,), np.float32))
    return WorkspacePointEncoder(), (pts, base)

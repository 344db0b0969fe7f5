# case: per-voxel max-pooling of point features with the segment count taken from the largest voxel id -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VoxelFeatureEncoder(nn.Cell):
    def __init__(self, in_dim=4, hidden=16, use_norm=True):
        super().__init__()
        self.use_norm = use_norm
        self.linear = nn.Dense(in_dim, hidden)
        self.norm = nn.LayerNorm((hidden,))

    def point_features(self, points):
        x = self.linear(points)
        if self.use_norm:
            x = self.norm(x)
        return ops.relu(x)

    def construct(self, points, voxel_ids):
        feats = self.point_features(points)
        num_segments = int(voxel_ids.max()) + 1
        voxel_feats = ops.unsorted_segment_max(feats, voxel_ids, num_segments)
        return voxel_feats


def make():
    np.random.seed(13)
    pts = Tensor(np.random.randn(40, 4).astype(np.float32))
    ids = np.sort(np.random.randint(0, 9, size=40)).astype(np.int32)
    ids[:9] = np.arange(9)
    return VoxelFeatureEncoder(), (pts, Tensor(np.sort(ids)))

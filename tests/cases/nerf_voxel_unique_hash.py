# case: deduplicates the voxels touched by ray samples with ops.unique before querying a per-voxel feature table -> dynamic shape at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VoxelFeatureQuery(nn.Cell):
    def __init__(self, resolution=6, feat_dim=4, bound=1.0):
        super().__init__()
        self.resolution = resolution
        self.bound = bound
        rng = np.random.RandomState(27)
        self.table = ms.Parameter(Tensor(rng.randn(resolution ** 3, feat_dim).astype(np.float32) * 0.1),
                                  name="voxel_table")
        self.head = nn.Dense(feat_dim, 1)

    def voxel_ids(self, pts):
        ijk = ((pts + self.bound) * (self.resolution / (2 * self.bound))).astype(ms.int32)
        ijk = ops.clamp(ijk, 0, self.resolution - 1)
        r = self.resolution
        return ijk[..., 0] * r * r + ijk[..., 1] * r + ijk[..., 2]

    def construct(self, pts):
        ids = self.voxel_ids(pts).reshape(-1)
        uniq, inverse = ops.unique(ids)
        feats = ops.gather(self.table, uniq, 0)
        density_per_voxel = ops.softplus(self.head(feats)).squeeze(-1)
        sigma = ops.gather(density_per_voxel, inverse, 0)
        return sigma.reshape(pts.shape[:-1])


def make():
    np.random.seed(28)
    pts = Tensor(np.random.uniform(-1, 1, (8, 10, 3)).astype(np.float32))
    return VoxelFeatureQuery(), (pts,)

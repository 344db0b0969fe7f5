# case: voxelisation by unique voxel keys, then per-voxel mean of point features -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DynamicVoxelEncoder(nn.Cell):
    def __init__(self, voxel_size=0.25, grid=(4, 4, 4), in_dim=4, out_dim=16):
        super().__init__()
        self.voxel_size = voxel_size
        self.grid = grid
        self.pfn = nn.SequentialCell([nn.Dense(in_dim + 3, out_dim), nn.ReLU()])

    def voxel_keys(self, pos):
        coords = ops.floor(pos / self.voxel_size).astype(ms.int32)
        coords = ops.clamp(coords, 0, self.grid[0] - 1)
        gx, gy, gz = self.grid
        return coords[:, 0] * gy * gz + coords[:, 1] * gz + coords[:, 2]

    def construct(self, pos, feats):
        keys = self.voxel_keys(pos)
        uniq, inverse = ops.unique(keys)
        num_voxels = uniq.shape[0]
        h = self.pfn(ops.concat([pos, feats], axis=-1))
        summed = ops.unsorted_segment_sum(h, inverse, num_voxels)
        counts = ops.unsorted_segment_sum(ops.ones_like(h[:, :1]), inverse, num_voxels)
        return summed / counts, uniq


def make():
    np.random.seed(13)
    pos = Tensor(np.random.rand(50, 3).astype(np.float32))
    feats = Tensor(np.random.randn(50, 4).astype(np.float32))
    return DynamicVoxelEncoder(), (pos, feats)

# case: scatter point features into a fixed dense voxel grid, 3D conv on it -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DenseVoxelNet(nn.Cell):
    def __init__(self, grid_size=6, in_dim=4, channels=8, bounds=(0.0, 1.0)):
        super().__init__()
        self.grid_size = grid_size
        self.in_dim = in_dim
        self.lo, self.hi = bounds
        self.conv = nn.Conv3d(in_dim + 1, channels, 3, pad_mode="same")

    def to_voxel_index(self, pos):
        g = self.grid_size
        rel = (pos - self.lo) / (self.hi - self.lo)
        idx = ops.clamp(ops.floor(rel * g), 0, g - 1).astype(ms.int32)
        return idx

    def construct(self, pos, feats):
        g = self.grid_size
        idx = self.to_voxel_index(pos)
        ones = ops.ones((pos.shape[0], 1), ms.float32)
        grid = ops.zeros((g, g, g, self.in_dim + 1), ms.float32)
        grid = ops.tensor_scatter_add(grid, idx, ops.concat([feats, ones], axis=-1))
        occupancy = grid[..., -1:]
        grid = ops.concat([grid[..., :-1] / ops.maximum(occupancy, 1.0), occupancy], axis=-1)
        vol = grid.transpose(3, 0, 1, 2).expand_dims(0)
        return self.conv(vol)


def make():
    np.random.seed(14)
    pos = Tensor(np.random.rand(64, 3).astype(np.float32))
    feats = Tensor(np.random.randn(64, 4).astype(np.float32))
    return DenseVoxelNet(), (pos, feats)

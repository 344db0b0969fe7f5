# case: fixed-grid voxel mean computes a voxel hash per point and averages point features per cell with a one-hot matmul over all grid cells (no unique) -> fixed-size one-hot pooling should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

POINT_CLOUD_RANGE = (0.0, -8.0, -3.0, 16.0, 8.0, 1.0)
VOXEL_SIZE = (2.0, 2.0, 4.0)


def grid_size(pc_range, voxel_size):
    return tuple(int(round((pc_range[i + 3] - pc_range[i]) / voxel_size[i])) for i in range(3))


class VoxelMeanConfig:
    point_cloud_range = POINT_CLOUD_RANGE
    voxel_size = VOXEL_SIZE
    return_counts = False


class GridVoxelMean(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.nx, self.ny, self.nz = grid_size(config.point_cloud_range, config.voxel_size)
        self.num_cells = self.nx * self.ny * self.nz
        self.pc_min = Tensor(np.array(config.point_cloud_range[:3], np.float32))
        self.voxel_size = Tensor(np.array(config.voxel_size, np.float32))
        self.upper = Tensor(np.array([self.nx - 1, self.ny - 1, self.nz - 1], np.int32))
        self.return_counts = getattr(config, "return_counts", False)

    def _hash(self, points):
        coords = ops.floor((points[:, :3] - self.pc_min) / self.voxel_size).astype(ms.int32)
        coords = ops.minimum(ops.maximum(coords, ops.zeros_like(coords)), self.upper)
        return (coords[:, 2] * self.ny + coords[:, 1]) * self.nx + coords[:, 0]

    def construct(self, points):
        vhash = self._hash(points)
        onehot = ops.one_hot(vhash, self.num_cells, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        counts = onehot.sum(axis=0)
        voxel_feats = ops.matmul(onehot.T, points) / ops.maximum(counts, ops.ones_like(counts))[:, None]
        if self.return_counts:
            return voxel_feats, counts
        return voxel_feats


def make():
    np.random.seed(3708)
    pts = np.random.uniform([0, -8, -3, 0], [16, 8, 1, 1], (256, 4)).astype(np.float32)
    return GridVoxelMean(VoxelMeanConfig()), (Tensor(pts),)

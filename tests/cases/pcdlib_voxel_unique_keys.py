# case: voxeliser quantises xyz by config.voxel_size, hashes cells to flat keys and deduplicates with ops.unique, counting points per occupied voxel -> dynamic (unique output size from data)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

GRID = 8


class VoxelConfig:
    def __init__(self, voxel_size=0.125, point_range=(0.0, 1.0), return_counts=True):
        self.voxel_size = voxel_size
        self.point_range = point_range
        self.return_counts = return_counts


def flat_key(coords, grid=GRID):
    return coords[:, 0] * grid * grid + coords[:, 1] * grid + coords[:, 2]


class HashVoxeliser(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.voxel_size = config.voxel_size
        self.low, self.high = config.point_range
        self.return_counts = config.return_counts

    def construct(self, xyz):
        xyz = ops.clamp(xyz, self.low, self.high - 1e-4)
        coords = ops.floor((xyz - self.low) / self.voxel_size).astype(ms.int32)
        keys = flat_key(coords)
        uniq, inverse = ops.unique(keys)
        if self.return_counts:
            ones = ops.ones_like(keys).astype(ms.float32)
            counts = ops.unsorted_segment_sum(ones, inverse, uniq.shape[0])
            return uniq, counts
        return uniq, inverse


def make():
    np.random.seed(3488)
    xyz = Tensor(np.random.rand(128, 3).astype(np.float32))
    return HashVoxeliser(VoxelConfig()), (xyz,)

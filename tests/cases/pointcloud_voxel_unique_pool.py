# case: voxel-grid downsampling: quantise coordinates, hash voxels, ops.unique with inverse, average points per voxel; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, mint

VOXEL = 0.5
GRID = 64


def voxel_keys(xyz, voxel):
    q = ops.floor((xyz + 8.0) / voxel).astype(ms.int32)
    return q[:, 0] * GRID * GRID + q[:, 1] * GRID + q[:, 2]


class VoxelDownsample(nn.Cell):
    def __init__(self, voxel=VOXEL):
        super().__init__()
        self.voxel = voxel

    def construct(self, xyz):
        keys = voxel_keys(xyz, self.voxel)
        uniq, inverse = ops.unique(keys)
        num_voxels = uniq.shape[0]
        summed = ops.unsorted_segment_sum(xyz, inverse, num_voxels)
        counts = ops.unsorted_segment_sum(ops.ones_like(keys), inverse, num_voxels)
        return summed / counts.reshape(-1, 1).astype(ms.float32)


def make():
    xyz = Tensor(np.random.RandomState(28).randn(50, 3).astype(np.float32))
    return VoxelDownsample(), (xyz,)

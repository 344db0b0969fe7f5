# case: voxelizes depth points into integer voxel ids and counts occupied voxels with ops.unique -> dynamic-shape unique output
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VoxelOccupancy(nn.Cell):
    def __init__(self, voxel_size=0.5, grid=16):
        super().__init__()
        self.voxel_size = voxel_size
        self.grid = grid

    def voxel_ids(self, points):
        idx = ops.floor(points / self.voxel_size).astype(ms.int32)
        idx = ops.clip_by_value(idx + self.grid // 2, 0, self.grid - 1)
        return idx[:, 0] * self.grid * self.grid + idx[:, 1] * self.grid + idx[:, 2]

    def construct(self, points):
        ids = self.voxel_ids(points)
        occupied, _ = ops.unique(ids)
        return occupied, occupied.shape[0]


def make():
    np.random.seed(14)
    pts = np.random.uniform(-3, 3, size=(40, 3)).astype(np.float32)
    return VoxelOccupancy(), (Tensor(pts),)

# case: dynamic voxelisation: unique voxel ids of lidar points then per-voxel mean with segment sums -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DynamicVoxelizer(nn.Cell):
    def __init__(self, voxel_size=0.5, pc_range=(-4.0, -4.0, 4.0, 4.0)):
        super().__init__()
        self.voxel_size = voxel_size
        self.origin = Tensor([pc_range[0], pc_range[1]], ms.float32)
        self.grid_x = int((pc_range[2] - pc_range[0]) / voxel_size)
        self.grid_y = int((pc_range[3] - pc_range[1]) / voxel_size)

    def _point_to_voxel(self, xy):
        coords = ops.floor((xy - self.origin) / self.voxel_size).astype(ms.int32)
        cx = ops.clamp(coords[:, 0], 0, self.grid_x - 1)
        cy = ops.clamp(coords[:, 1], 0, self.grid_y - 1)
        return cy * self.grid_x + cx

    def construct(self, points):
        lin = self._point_to_voxel(points[:, :2])
        uniq, inverse = ops.unique(lin)
        num_voxels = uniq.shape[0]
        feat_sum = ops.unsorted_segment_sum(points, inverse, num_voxels)
        count = ops.unsorted_segment_sum(ops.ones_like(points[:, :1]), inverse, num_voxels)
        return feat_sum / count, uniq


def make():
    np.random.seed(1)
    pts = np.random.uniform(-4.0, 4.0, size=(64, 4)).astype(np.float32)
    pts[:, 3] = np.random.rand(64).astype(np.float32)
    return DynamicVoxelizer(), (Tensor(pts),)

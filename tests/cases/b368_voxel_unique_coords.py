# case: dynamic voxelisation hashes point voxel coordinates and groups them with ops.unique before averaging per-voxel features -> unique gives a data-dependent number of voxels (dynamic or error)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

POINT_CLOUD_RANGE = (0.0, -20.0, -3.0, 40.0, 20.0, 1.0)
VOXEL_SIZE = (2.0, 2.0, 4.0)


class VoxelConfig:
    point_cloud_range = POINT_CLOUD_RANGE
    voxel_size = VOXEL_SIZE
    num_point_features = 4


class DynamicVoxelizer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        pc = config.point_cloud_range
        vs = config.voxel_size
        self.grid = [int(round((pc[i + 3] - pc[i]) / vs[i])) for i in range(3)]
        self.pc_min = Tensor(np.array(pc[:3], dtype=np.float32))
        self.voxel_size = Tensor(np.array(vs, dtype=np.float32))

    def _point_to_voxel_hash(self, points):
        coords = ops.floor((points[:, :3] - self.pc_min) / self.voxel_size).astype(ms.int32)
        coords = ops.clamp(coords, min=0)
        nx, ny, nz = self.grid
        return coords[:, 2] * (ny * nx) + coords[:, 1] * nx + coords[:, 0]

    def construct(self, points):
        vhash = self._point_to_voxel_hash(points)
        voxel_ids, inverse = ops.unique(vhash)
        num_voxels = voxel_ids.shape[0]
        feat_sum = ops.unsorted_segment_sum(points, inverse, num_voxels)
        count = ops.unsorted_segment_sum(ops.ones_like(points[:, :1]), inverse, num_voxels)
        return feat_sum / count, voxel_ids


def make():
    np.random.seed(3687)
    pts = np.random.uniform([0, -20, -3, 0], [40, 20, 1, 1], (300, 4)).astype(np.float32)
    return DynamicVoxelizer(VoxelConfig()), (Tensor(pts),)

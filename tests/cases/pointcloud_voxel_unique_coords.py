# case: voxelization quantises points to grid coords and dedups voxels with ops.unique before a segment mean; voxel count data-dependent -> dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

VOXEL = 0.25
GRID = 4


class Voxelize(nn.Cell):
    def construct(self, xyz, feats):
        coords = ops.floor(xyz / VOXEL).astype(ms.int32)
        coords = ops.clamp(coords, 0, GRID - 1)
        key = coords[:, 0] * GRID * GRID + coords[:, 1] * GRID + coords[:, 2]
        uniq, inv = ops.unique(key)
        nvox = uniq.shape[0]
        summed = ops.unsorted_segment_sum(feats, inv, nvox)
        counts = ops.unsorted_segment_sum(ops.ones_like(feats[:, :1]), inv, nvox)
        return summed / counts


def make():
    xyz = Tensor(np.random.rand(30, 3).astype(np.float32))
    feats = Tensor(np.random.rand(30, 5).astype(np.float32))
    return Voxelize(), (xyz, feats)

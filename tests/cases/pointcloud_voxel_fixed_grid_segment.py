# case: voxelization scatters point features into all GRID**3 voxels with unsorted_segment_sum and constant num_segments -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

VOXEL = 0.25
GRID = 4


class Voxelize(nn.Cell):
    def __init__(self):
        super().__init__()
        self.seg_sum = ops.UnsortedSegmentSum()

    def construct(self, xyz, feats):
        coords = ops.clamp(ops.floor(xyz / VOXEL).astype(ms.int32), 0, GRID - 1)
        key = coords[:, 0] * GRID * GRID + coords[:, 1] * GRID + coords[:, 2]
        summed = self.seg_sum(feats, key, GRID ** 3)
        counts = self.seg_sum(ops.ones_like(feats[:, :1]), key, GRID ** 3)
        return summed / ops.maximum(counts, 1.0)


def make():
    xyz = Tensor(np.random.rand(30, 3).astype(np.float32))
    feats = Tensor(np.random.rand(30, 5).astype(np.float32))
    return Voxelize(), (xyz, feats)

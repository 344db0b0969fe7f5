# case: pillar/voxel selector keeps the densest min(config.max_voxels, G^3) cells with topk over one-hot occupancy counts; k from Python builtins on config ints -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PillarConfig:
    def __init__(self, grid_size=4, max_voxels=64, min_points=1):
        self.grid_size = grid_size
        self.max_voxels = max_voxels
        self.min_points = min_points


class DensestVoxels(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.grid = config.grid_size
        self.num_cells = config.grid_size ** 3
        self.keep = min(config.max_voxels, self.num_cells)
        self.min_points = config.min_points

    def construct(self, xyz):
        g = self.grid
        c = ops.clamp(ops.floor(xyz * g), 0, g - 1).astype(ms.int32)
        ids = c[..., 0] * g * g + c[..., 1] * g + c[..., 2]
        counts = ops.one_hot(ids, self.num_cells, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32)).sum(1)
        top_counts, top_ids = ops.topk(counts, self.keep, dim=-1)
        keep_mask = (top_counts >= self.min_points).astype(ms.float32)
        return top_ids, top_counts * keep_mask


def make():
    np.random.seed(3520)
    xyz = Tensor(np.random.rand(2, 128, 3).astype(np.float32))
    return DensestVoxels(PillarConfig()), (xyz,)

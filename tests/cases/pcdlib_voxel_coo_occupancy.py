# case: voxel occupancy built as an ms.COOTensor from per-point cell ids inside construct, then densified and pooled -> error or dynamic (sparse tensor in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OccupancyConfig:
    def __init__(self, grid_size=4, num_points=32):
        self.grid_size = grid_size
        self.num_points = num_points


class SparseOccupancy(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.grid = config.grid_size
        self.cells = config.grid_size ** 3
        self.num_points = config.num_points
        self.point_ids = Tensor(np.arange(config.num_points, dtype=np.int32))

    def _to_sparse(self, cell_ids, weights):
        indices = ops.stack((self.point_ids, cell_ids), axis=1)
        return ms.COOTensor(indices, weights, (self.num_points, self.cells))

    def construct(self, xyz, weights):
        g = self.grid
        c = ops.clamp(ops.floor(xyz * g), 0, g - 1).astype(ms.int32)
        cell_ids = c[:, 0] * g * g + c[:, 1] * g + c[:, 2]
        occ = self._to_sparse(cell_ids, weights)
        dense = occ.to_dense()
        return dense.sum(0)


def make():
    np.random.seed(3490)
    xyz = Tensor(np.random.rand(32, 3).astype(np.float32))
    w = Tensor(np.random.rand(32).astype(np.float32))
    return SparseOccupancy(OccupancyConfig()), (xyz, w)

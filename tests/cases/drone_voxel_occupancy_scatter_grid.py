# case: marks occupied voxels of a fixed-size occupancy grid with tensor_scatter_elements over clipped voxel ids -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OccupancyGrid(nn.Cell):
    def __init__(self, voxel_size=0.5, grid=8):
        super().__init__()
        self.voxel_size = voxel_size
        self.grid = grid

    def voxel_ids(self, points):
        idx = ops.floor(points / self.voxel_size).astype(ms.int32)
        idx = ops.clip_by_value(idx + self.grid // 2, 0, self.grid - 1)
        g = self.grid
        return idx[:, 0] * g * g + idx[:, 1] * g + idx[:, 2]

    def construct(self, points):
        ids = self.voxel_ids(points)
        flat = ops.zeros((self.grid ** 3,), ms.float32)
        ones = ops.ones(ids.shape, ms.float32)
        flat = ops.tensor_scatter_elements(flat, ids, ones, axis=0, reduction="add")
        occ = (flat > 0).astype(ms.float32)
        return occ.reshape(self.grid, self.grid, self.grid), occ.sum()


def make():
    np.random.seed(15)
    pts = np.random.uniform(-2, 2, size=(40, 3)).astype(np.float32)
    return OccupancyGrid(), (Tensor(pts),)

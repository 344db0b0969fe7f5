# case: spatial-hash broadphase counting particles per occupied grid cell with unique + segment sum -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpatialHashDensity(nn.Cell):
    """Per-particle density estimate from how crowded its grid cell is."""

    def __init__(self, cell_size=0.25, grid_res=4, rest_density=2.0):
        super().__init__()
        self.cell_size = cell_size
        self.grid_res = grid_res
        self.rest_density = rest_density

    def cell_ids(self, pos):
        ijk = ops.floor(pos / self.cell_size).astype(ms.int32)
        ijk = ops.clamp(ijk, 0, self.grid_res - 1)
        r = self.grid_res
        return ijk[:, 0] * r * r + ijk[:, 1] * r + ijk[:, 2]

    def construct(self, pos):
        ids = self.cell_ids(pos)
        occupied, inverse = ops.unique(ids)
        ones = ops.ones(ids.shape, ms.float32)
        counts = ops.unsorted_segment_sum(ones, inverse, occupied.shape[0])
        density = ops.gather(counts, inverse, 0)
        pressure = ops.relu(density - self.rest_density)
        return pressure, occupied.shape[0]


def make():
    np.random.seed(6)
    pos = Tensor(np.random.rand(40, 3).astype(np.float32))
    return SpatialHashDensity(), (pos,)

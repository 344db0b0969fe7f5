# case: builds a sparse COO occupancy grid from obstacle voxel indices and converts it to dense for the planner -> sparse tensor construction inside construct in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseOccupancy(nn.Cell):
    def __init__(self, grid=(10, 10)):
        super().__init__()
        self.grid = grid

    def construct(self, cells, confidence):
        # cells: (N, 2) int32 occupied grid cells, confidence: (N,) float32
        occ = COOTensor(cells, confidence, self.grid)
        dense = occ.to_dense()
        cost = dense + 0.25 * ops.roll(dense, 1, 0) + 0.25 * ops.roll(dense, -1, 0)
        return cost


def make():
    np.random.seed(24)
    cells = np.array([[1, 2], [3, 3], [5, 7], [8, 1], [9, 9]], dtype=np.int32)
    conf = np.random.uniform(0.5, 1.0, size=(5,)).astype(np.float32)
    return SparseOccupancy(), (Tensor(cells), Tensor(conf))

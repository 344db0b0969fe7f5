# case: build a sparse COO occupancy grid from detected car cells and densify it for a heatmap -> sparse tensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseOccupancyGrid(nn.Cell):
    def __init__(self, rows=8, cols=10):
        super().__init__()
        self.shape = (rows, cols)

    def construct(self, cell_indices, confidences):
        # cell_indices: (N, 2) int32 grid cells, confidences: (N,)
        grid = COOTensor(cell_indices, confidences, self.shape)
        dense = grid.to_dense()
        row_load = dense.sum(axis=1)
        return dense, row_load


def make():
    np.random.seed(24)
    cells = np.stack([np.random.choice(8, 7, replace=False),
                      np.random.choice(10, 7, replace=False)], axis=1).astype(np.int32)
    conf = np.random.rand(7).astype(np.float32)
    return SparseOccupancyGrid(), (Tensor(cells), Tensor(conf))

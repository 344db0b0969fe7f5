# case: occupancy-grid summariser that appends only the BEV rows containing occupied cells to a list and stacks them -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OccupancyRowSummary(nn.Cell):
    def __init__(self, width=8, hidden=16, occ_thresh=0.5):
        super().__init__()
        self.occ_thresh = occ_thresh
        self.row_mlp = nn.Dense(width, hidden)

    def occupied(self, row):
        return (row > self.occ_thresh).any()

    def construct(self, occ_grid):
        rows = []
        for i in range(occ_grid.shape[0]):
            row = occ_grid[i]
            if self.occupied(row):
                rows.append(row)
        occ_rows = ops.stack(rows)
        return ops.relu(self.row_mlp(occ_rows)).mean(axis=0)


def make():
    np.random.seed(17)
    grid = np.random.rand(6, 8).astype(np.float32) * 0.4
    grid[1, 3] = 0.9
    grid[4, 0] = 0.8
    return OccupancyRowSummary(), (Tensor(grid),)

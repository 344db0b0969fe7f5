# case: pools pairs of rows only when the table has more rows than a limit, deciding on the Python int from grid.shape -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RowCompressor(nn.Cell):
    def __init__(self, row_limit=8):
        super().__init__()
        self.row_limit = row_limit

    def construct(self, grid):
        # grid: (rows, cols, hidden)
        rows, cols, hidden = grid.shape
        if rows > self.row_limit and rows % 2 == 0:
            grid = grid.reshape(rows // 2, 2, cols, hidden).mean(axis=1)
        row_repr = grid.mean(axis=1)
        return row_repr, grid.shape[0]


def make():
    np.random.seed(36)
    grid = Tensor(np.random.randn(12, 4, 6).astype(np.float32))
    return RowCompressor(), (grid,)

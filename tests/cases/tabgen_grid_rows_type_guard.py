# case: accepts the table either as a stacked grid tensor or as a tuple of per-row tensors, using an isinstance guard to stack the tuple -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GridEncoder(nn.Cell):
    def __init__(self, hidden=8, out_dim=6):
        super().__init__()
        self.cell_proj = nn.Dense(hidden, out_dim)

    def as_grid(self, table):
        if isinstance(table, (tuple, list)):
            return ops.stack(table)
        return table

    def construct(self, table):
        grid = self.as_grid(table)
        rows, cols, hidden = grid.shape
        h = self.cell_proj(grid.reshape(rows * cols, hidden))
        h = h.reshape(rows, cols, -1)
        return h.mean(axis=1), h.mean(axis=0)


def make():
    np.random.seed(34)
    rows = tuple(Tensor(np.random.randn(4, 8).astype(np.float32)) for _ in range(3))
    return GridEncoder(), (rows,)

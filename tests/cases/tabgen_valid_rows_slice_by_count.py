# case: counts non-padding rows in a padded cell grid and slices the grid to that count -> slice size from tensor value, dynamic or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GridTrimmer(nn.Cell):
    def __init__(self, pad_value=0.0):
        super().__init__()
        self.pad_value = pad_value

    def construct(self, grid, row_mask):
        # grid: (max_rows, max_cols, d); row_mask: (max_rows,) with 1 for real rows
        n_rows = row_mask.astype(ms.int32).sum()
        trimmed = grid[:n_rows]
        row_means = trimmed.mean(axis=(1, 2))
        return row_means


def make():
    np.random.seed(2)
    grid = np.random.randn(10, 6, 4).astype(np.float32)
    mask = np.zeros(10, dtype=np.float32)
    mask[:7] = 1.0
    grid[7:] = 0.0
    return GridTrimmer(), (Tensor(grid), Tensor(mask))

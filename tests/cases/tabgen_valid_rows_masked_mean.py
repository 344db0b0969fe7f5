# case: averages only the real rows of a padded cell grid by multiplying in the row mask and dividing by its sum -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedGridPooler(nn.Cell):
    def __init__(self, eps=1e-6):
        super().__init__()
        self.eps = eps

    def construct(self, grid, row_mask):
        # grid: (max_rows, max_cols, d); row_mask: (max_rows,)
        max_rows, max_cols, d = grid.shape
        mask = row_mask.reshape(max_rows, 1, 1)
        summed = (grid * mask).sum(axis=0)
        denom = row_mask.sum() + self.eps
        col_profile = summed / denom
        return col_profile.reshape(max_cols * d)


def make():
    np.random.seed(3)
    grid = np.random.randn(10, 6, 4).astype(np.float32)
    mask = np.zeros(10, dtype=np.float32)
    mask[:7] = 1.0
    return MaskedGridPooler(), (Tensor(grid), Tensor(mask))

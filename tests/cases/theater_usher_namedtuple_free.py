# case: usher dispatch computes per-section counts with a module-level helper returning a tuple of tensors -> only tuples and tensors, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def split_sections(grid, split_row):
    orchestra = grid[:split_row].sum()
    balcony = grid[split_row:].sum()
    return orchestra, balcony


class UsherDispatch(nn.Cell):
    def __init__(self, split_row=8, ushers=6):
        super().__init__()
        self.split_row = split_row
        self.ushers = ushers

    def construct(self, grid):
        orchestra, balcony = split_sections(grid, self.split_row)
        total = orchestra + balcony
        share = ops.stack((orchestra, balcony)) / total
        return total, ops.round(share * self.ushers)


def make():
    np.random.seed(182)
    grid = Tensor(np.random.randint(0, 2, size=(14, 22)).astype(np.float32))
    return UsherDispatch(), (grid,)

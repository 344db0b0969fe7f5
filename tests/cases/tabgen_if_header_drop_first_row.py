# case: drops the first grid row when its header score passes a threshold, otherwise keeps the whole grid -> tensor if whose branches return different row counts, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeaderStripper(nn.Cell):
    def __init__(self, hidden=8, threshold=0.0):
        super().__init__()
        self.header_head = nn.Dense(hidden, 1)
        self.threshold = threshold

    def first_row_score(self, grid):
        first = grid[0].mean(axis=0, keep_dims=True)
        return self.header_head(first).reshape(())

    def construct(self, grid):
        # grid: (rows, cols, hidden)
        score = self.first_row_score(grid)
        if score > self.threshold:
            body = grid[1:]
        else:
            body = grid
        return body.mean(axis=1)


def make():
    np.random.seed(17)
    grid = Tensor(np.random.randn(7, 5, 8).astype(np.float32))
    return HeaderStripper(), (grid,)

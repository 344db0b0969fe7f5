# case: seat occupancy report sums the row-by-seat grid along an axis set by a Python config flag -> constant axis, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OccupancyReport(nn.Cell):
    def __init__(self, by_column=True):
        super().__init__()
        self.axis = 0 if by_column else 1

    def fill_rate(self, grid):
        return grid.sum(axis=self.axis) / grid.shape[self.axis]

    def construct(self, grid):
        rate = self.fill_rate(grid)
        worst = rate.min()
        return rate, worst


def make():
    np.random.seed(162)
    grid = Tensor(np.random.randint(0, 2, size=(14, 22)).astype(np.float32))
    return OccupancyReport(by_column=False), (grid,)

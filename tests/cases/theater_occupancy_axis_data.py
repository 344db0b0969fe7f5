# case: seat occupancy report sums the row-by-seat grid along an axis chosen by a tensor flag (rows vs columns) -> reduce axis from tensor value, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OccupancyReport(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, grid, by_column):
        axis = int(by_column)
        per_line = grid.sum(axis=axis)
        return per_line / grid.shape[axis]


def make():
    np.random.seed(161)
    grid = Tensor(np.random.randint(0, 2, size=(14, 22)).astype(np.float32))
    flag = Tensor(np.array(1, dtype=np.int32))
    return OccupancyReport(), (grid, flag)

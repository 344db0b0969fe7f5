# case: average the shelf temperature grid along the axis named by a sensor-layout flag tensor (0 = by shelf, 1 = by hour) read with int() -> reduction axis from tensor value, expect Graph mode to reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShelfProfile(nn.Cell):
    def __init__(self, offset=-0.2):
        super().__init__()
        self.offset = offset

    def calibrate(self, grid):
        return grid + self.offset

    def construct(self, temp_grid, layout_flag):
        grid = self.calibrate(temp_grid)
        axis = int(layout_flag)
        profile = grid.mean(axis=axis)
        return profile - profile.mean()


def make():
    np.random.seed(3228)
    grid = (10 + 3 * np.random.rand(6, 24)).astype(np.float32)
    return ShelfProfile(), (Tensor(grid), Tensor(1, ms.int32))

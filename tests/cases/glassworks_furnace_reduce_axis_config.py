# case: average the furnace thermocouple grid over the axis chosen by a string config flag and transpose to station-major with a constant perm -> axis and perm are constants, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

AXES = {"depth": 0, "length": 1}


class ThermocoupleGridProfile(nn.Cell):
    def __init__(self, reduce_over="depth"):
        super().__init__()
        self.axis = AXES[reduce_over]

    def construct(self, grid):
        prof = ops.mean(grid, axis=self.axis)
        station_major = ops.transpose(grid, (1, 0))
        spread = station_major.max(axis=1) - station_major.min(axis=1)
        return prof - prof.min(), spread


def make():
    np.random.seed(152)
    grid = (1450.0 + 40.0 * np.random.rand(4, 10)).astype(np.float32)
    return ThermocoupleGridProfile(), (Tensor(grid),)

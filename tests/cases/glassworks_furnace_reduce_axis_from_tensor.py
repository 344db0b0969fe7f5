# case: average the furnace thermocouple grid either over depth or over length, the axis being passed in as a tensor and converted with int() -> reduce axis from data, expect Graph mode error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ThermocoupleGridMean(nn.Cell):
    """Grid is (depth_levels, length_stations)."""

    def __init__(self, offset_c=0.0):
        super().__init__()
        self.offset = offset_c

    def construct(self, grid, axis_t):
        axis = int(axis_t)
        prof = ops.mean(grid + self.offset, axis=axis)
        return prof - prof.min()


def make():
    np.random.seed(151)
    grid = (1450.0 + 40.0 * np.random.rand(4, 10)).astype(np.float32)
    return ThermocoupleGridMean(), (Tensor(grid), Tensor(np.int32(1)))

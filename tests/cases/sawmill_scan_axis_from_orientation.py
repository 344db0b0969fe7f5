# case: log scanner averages the laser profile along the axis given by the log orientation sensor reading, converted with int() -> reduce axis from tensor value, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OrientedProfileMean(nn.Cell):
    """Mean laser-triangulation radius along the log or around its circumference."""

    def __init__(self, offset_mm=150.0):
        super().__init__()
        self.offset_mm = offset_mm

    def construct(self, radius_grid, orientation):
        radii = radius_grid - self.offset_mm
        axis = int(orientation)
        profile = ops.mean(radii, axis=axis)
        taper = profile.max() - profile.min()
        return profile, taper


def make():
    np.random.seed(3227)
    grid = Tensor((300 + 20 * np.random.rand(36, 36)).astype(np.float32))
    return OrientedProfileMean(), (grid, Tensor(1, ms.int32))

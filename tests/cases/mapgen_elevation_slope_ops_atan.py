# case: slope filter computes per-cell slope degrees with ops.atan/ops.sqrt and a buildable mask from x.shape-based slicing -> static shapes in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlopeFilter(nn.Cell):
    def __init__(self, cell_size_m=30.0, max_slope_deg=15.0):
        super().__init__()
        self.cell_size_m = cell_size_m
        self.max_slope_deg = max_slope_deg
        self.rad2deg = 180.0 / math.pi

    def gradients(self, dem):
        h, w = dem.shape
        gx = (dem[:, 2:w] - dem[:, 0:w - 2]) / (2 * self.cell_size_m)
        gy = (dem[2:h, :] - dem[0:h - 2, :]) / (2 * self.cell_size_m)
        return gx[1:h - 1, :], gy[:, 1:w - 1]

    def construct(self, dem):
        gx, gy = self.gradients(dem)
        slope_deg = ops.atan(ops.sqrt(gx * gx + gy * gy)) * self.rad2deg
        buildable = (slope_deg < self.max_slope_deg).astype(ms.float32)
        return slope_deg, buildable.mean()


def make():
    np.random.seed(14)
    dem = np.cumsum(np.random.uniform(0, 3, size=(10, 10)), axis=0).astype(np.float32)
    return SlopeFilter(), (Tensor(dem),)

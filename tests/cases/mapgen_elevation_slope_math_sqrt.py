# case: slope filter converts the mean gradient tensor to degrees with math.atan and math.sqrt inside construct -> error or fallback in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlopeFilter(nn.Cell):
    def __init__(self, cell_size_m=30.0, max_slope_deg=15.0):
        super().__init__()
        self.cell_size_m = cell_size_m
        self.max_slope_deg = max_slope_deg

    def gradients(self, dem):
        gx = (dem[:, 2:] - dem[:, :-2]) / (2 * self.cell_size_m)
        gy = (dem[2:, :] - dem[:-2, :]) / (2 * self.cell_size_m)
        return gx[1:-1, :], gy[:, 1:-1]

    def construct(self, dem):
        gx, gy = self.gradients(dem)
        mean_g2 = (gx * gx + gy * gy).mean()
        slope_deg = math.degrees(math.atan(math.sqrt(mean_g2)))
        buildable = slope_deg < self.max_slope_deg
        return mean_g2, buildable


def make():
    np.random.seed(14)
    dem = np.cumsum(np.random.uniform(0, 3, size=(10, 10)), axis=0).astype(np.float32)
    return SlopeFilter(), (Tensor(dem),)

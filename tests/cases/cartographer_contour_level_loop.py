# case: count contour levels from the elevation range and threshold the grid once per level -> loop count from data, dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ContourBands(nn.Cell):
    """Counts grid cells above each contour level of a DEM tile."""

    def __init__(self, interval=25.0):
        super().__init__()
        self.interval = interval

    def construct(self, dem):
        relief = dem.max() - dem.min()
        n_levels = int(relief / self.interval)
        base = dem.min()
        areas = []
        for i in range(n_levels):
            level = base + self.interval * (i + 1)
            above = (dem > level).astype(ms.float32)
            areas.append(above.sum())
        return ops.stack(areas)


def make():
    np.random.seed(11)
    dem = np.cumsum(np.random.rand(32, 32).astype(np.float32) * 8.0, axis=0)
    return ContourBands(), (Tensor(dem),)

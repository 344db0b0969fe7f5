# case: occupancy rasteriser reading grid geometry from a @jit_class config object passed at init (read-only use in construct) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class GridConfig:
    def __init__(self, x_min=-8.0, y_min=-8.0, resolution=1.0, size=16):
        self.x_min = x_min
        self.y_min = y_min
        self.resolution = resolution
        self.size = size

    def cell_of(self, xy):
        ix = ops.floor((xy[:, 0] - self.x_min) / self.resolution).astype(ms.int32)
        iy = ops.floor((xy[:, 1] - self.y_min) / self.resolution).astype(ms.int32)
        return ix, iy


class OccupancyRasterizer(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        self.cfg = cfg if cfg is not None else GridConfig()

    def construct(self, points):
        ix, iy = self.cfg.cell_of(points)
        n = self.cfg.size
        inside = ops.logical_and(ops.logical_and(ix >= 0, ix < n), ops.logical_and(iy >= 0, iy < n))
        flat = ops.clamp(iy, 0, n - 1) * n + ops.clamp(ix, 0, n - 1)
        weights = inside.astype(ms.float32)
        grid = ops.unsorted_segment_sum(weights, flat, n * n)
        return ops.clamp(grid, 0.0, 1.0).reshape(n, n)


def make():
    np.random.seed(33)
    pts = Tensor(np.random.uniform(-10, 10, size=(50, 2)).astype(np.float32))
    return OccupancyRasterizer(), (pts,)

# case: occupancy-grid skipping zeroes densities of samples in empty cells with three-argument ops.where instead of dropping them -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

AABB = (-1.0, 1.0)


class GridConfig:
    res = 8
    thresh = 0.01
    hidden = 16


def world_to_cell(pts, res):
    unit = (pts - AABB[0]) / (AABB[1] - AABB[0])
    ijk = ops.clamp((unit * res).astype(ms.int32), 0, res - 1)
    return ijk[..., 0] * res * res + ijk[..., 1] * res + ijk[..., 2]


class OccupancySkipField(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.res = config.res
        self.thresh = config.thresh
        self._init_grid()
        self.net = nn.SequentialCell([nn.Dense(3, config.hidden), nn.ReLU(), nn.Dense(config.hidden, 1)])

    def _init_grid(self):
        g = np.random.rand(self.res ** 3).astype(np.float32) * 0.02
        self.density_grid = Parameter(Tensor(g), name="density_grid", requires_grad=False)

    def construct(self, pts):
        occupied = ops.gather(self.density_grid, world_to_cell(pts, self.res).reshape(-1), 0) > self.thresh
        occupied = occupied.reshape(pts.shape[:-1])
        sigma = ops.softplus(self.net(pts)).squeeze(-1)
        return ops.where(occupied, sigma, ops.zeros_like(sigma))


def make():
    np.random.seed(103)
    pts = np.random.uniform(-1, 1, (16, 10, 3)).astype(np.float32)
    return OccupancySkipField(GridConfig()), (Tensor(pts),)

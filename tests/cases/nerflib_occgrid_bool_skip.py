# case: density field with an occupancy-grid mixin that drops sample points in empty cells by boolean-mask indexing inside a helper -> dynamic shape from pts[occ]
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

AABB = (-1.5, 1.5)


class FieldConfig:
    hidden = 32
    grid_res = 8
    occ_thresh = 0.01
    n_samples = 12


class OccupancyMixin:
    def _init_grid(self, res):
        grid = np.random.rand(res ** 3).astype(np.float32) * 0.02
        self.grid = Parameter(Tensor(grid), name="occ_grid", requires_grad=False)

    def _query_occupancy(self, pts):
        unit = (pts - AABB[0]) / (AABB[1] - AABB[0])
        idx = ops.clamp((unit * self.res).astype(ms.int32), 0, self.res - 1)
        flat = idx[:, 0] * self.res * self.res + idx[:, 1] * self.res + idx[:, 2]
        return ops.gather(self.grid, flat, 0) > self.occ_thresh

    def _skip_empty(self, pts):
        return pts[self._query_occupancy(pts)]


class OccupancyField(OccupancyMixin, nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.res = config.grid_res
        self.occ_thresh = config.occ_thresh
        self.n_samples = config.n_samples
        self._init_grid(self.res)
        self.mlp = nn.SequentialCell([nn.Dense(3, config.hidden), nn.ReLU(), nn.Dense(config.hidden, 1)])

    def construct(self, rays_o, rays_d):
        t = ops.linspace(0.5, 2.5, self.n_samples)
        pts = rays_o[:, None, :] + rays_d[:, None, :] * t[None, :, None]
        pts = self._skip_empty(pts.reshape(-1, 3))
        sigma = ops.softplus(self.mlp(pts))
        return sigma.sum()


def make():
    np.random.seed(11)
    o = np.random.uniform(-1, 1, (16, 3)).astype(np.float32)
    d = np.random.randn(16, 3).astype(np.float32)
    d /= np.linalg.norm(d, axis=-1, keepdims=True)
    return OccupancyField(FieldConfig()), (Tensor(o), Tensor(d))

# case: occupancy-grid pruning by zeroing density of samples in empty voxels with ops.select, all samples still evaluated -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DensityGrid(nn.Cell):
    def __init__(self, resolution=8, bound=1.0, density_thresh=0.01):
        super().__init__()
        self.resolution = resolution
        self.bound = bound
        self.density_thresh = density_thresh
        rng = np.random.RandomState(15)
        self.density = ms.Parameter(Tensor(rng.rand(resolution, resolution, resolution).astype(np.float32) * 0.02),
                                    requires_grad=False)

    def occupied(self, pts):
        ijk = ops.floor((pts + self.bound) / (2 * self.bound) * self.resolution).astype(ms.int32)
        ijk = ops.clamp(ijk, 0, self.resolution - 1)
        return ops.gather_nd(self.density, ijk) > self.density_thresh


class GridGatedField(nn.Cell):
    def __init__(self, hidden=16, use_grid=True):
        super().__init__()
        self.grid = DensityGrid()
        self.use_grid = use_grid
        self.mlp = nn.SequentialCell([nn.Dense(3, hidden), nn.ReLU(), nn.Dense(hidden, 4)])

    def construct(self, pts):
        raw = self.mlp(pts.reshape(-1, 3)).reshape(pts.shape[:-1] + (4,))
        sigma = ops.relu(raw[..., 0])
        if self.use_grid:
            occ = self.grid.occupied(pts)
            sigma = ops.select(occ, sigma, ops.zeros_like(sigma))
        return sigma, ops.sigmoid(raw[..., 1:])


def make():
    np.random.seed(16)
    pts = Tensor(np.random.uniform(-1, 1, (10, 12, 3)).astype(np.float32))
    return GridGatedField(), (pts,)

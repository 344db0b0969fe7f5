# case: occupancy-grid pruning: look up voxel occupancy per sample, gather occupied samples with nonzero, run the MLP only on them -> dynamic shape at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OccupancyGrid(nn.Cell):
    def __init__(self, resolution=8, bound=1.0, threshold=0.5):
        super().__init__()
        self.resolution = resolution
        self.bound = bound
        np.random.seed(13)
        occ = (np.random.rand(resolution ** 3) > threshold).astype(np.bool_)
        self.occ = Tensor(occ)

    def construct(self, pts):
        idx = ((pts + self.bound) / (2 * self.bound) * self.resolution).astype(ms.int32)
        idx = ops.clamp(idx, 0, self.resolution - 1)
        flat = (idx[:, 0] * self.resolution + idx[:, 1]) * self.resolution + idx[:, 2]
        return ops.gather(self.occ, flat, 0)


class PrunedField(nn.Cell):
    def __init__(self, hidden=16):
        super().__init__()
        self.grid = OccupancyGrid()
        self.mlp = nn.SequentialCell([nn.Dense(3, hidden), nn.ReLU(), nn.Dense(hidden, 4)])

    def construct(self, pts):
        occupied = self.grid(pts)
        keep = ops.nonzero(occupied).reshape(-1)
        raw = self.mlp(ops.gather(pts, keep, 0))
        out = ops.zeros((pts.shape[0], 4), ms.float32)
        out = ops.tensor_scatter_update(out, keep[:, None], raw)
        return out


def make():
    np.random.seed(14)
    pts = Tensor(np.random.uniform(-1, 1, (128, 3)).astype(np.float32))
    return PrunedField(), (pts,)

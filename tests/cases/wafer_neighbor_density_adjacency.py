# case: scores each defect by its neighbour count from a pairwise-distance adjacency matrix (DBSCAN-like core test) without extracting indices -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NeighbourDensity(nn.Cell):
    def __init__(self, eps_mm=3.0, min_pts=3):
        super().__init__()
        self.eps_mm = eps_mm
        self.min_pts = min_pts

    def adjacency(self, xy):
        d = ops.cdist(xy, xy)
        n = xy.shape[0]
        eye = ops.eye(n, n, ms.float32)
        return (d < self.eps_mm).astype(ms.float32) * (1.0 - eye)

    def construct(self, xy, valid):
        adj = self.adjacency(xy) * valid[None, :] * valid[:, None]
        counts = adj.sum(axis=-1)
        core = (counts >= self.min_pts).astype(ms.float32) * valid
        clustered_frac = core.sum() / (valid.sum() + 1e-6)
        return counts, core, clustered_frac


def make():
    np.random.seed(30)
    xy = np.random.uniform(-20, 20, size=(24, 2)).astype(np.float32)
    xy[:6] = np.random.normal([5, 5], 1.0, size=(6, 2))
    valid = (np.random.rand(24) > 0.1).astype(np.float32)
    return NeighbourDensity(), (Tensor(xy), Tensor(valid))

# case: motion-graph tracker aggregates neighbouring track velocities through a CSRTensor sparse-dense matmul in construct -> error or static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrackGraphAgg(nn.Cell):
    def __init__(self, num_tracks=5, dim=4, residual=True):
        super().__init__()
        self.shape = (num_tracks, num_tracks)
        self.residual = residual
        self.proj = nn.Dense(dim, dim)

    def construct(self, indptr, indices, weights, vel):
        adj = ms.CSRTensor(indptr, indices, weights, self.shape)
        agg = adj.mm(vel) if vel.ndim == 2 else adj.mv(vel.reshape(-1, 1))
        out = self.proj(agg)
        return vel + out if self.residual else out


def make():
    np.random.seed(92)
    indptr = np.array([0, 2, 3, 5, 6, 7], np.int32)
    indices = np.array([1, 2, 0, 1, 4, 2, 3], np.int32)
    w = np.random.rand(7).astype(np.float32)
    vel = np.random.randn(5, 4).astype(np.float32)
    return TrackGraphAgg(), (Tensor(indptr), Tensor(indices), Tensor(w), Tensor(vel))

# case: inverse-distance k-nearest station interpolation, k = number of valid stations -> dynamic shape at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StationKNNInterpolator(nn.Cell):
    """Interpolate sparse station observations onto grid points (IDW over k nearest)."""

    def __init__(self, max_neighbors=4, power=2.0, eps=1e-6):
        super().__init__()
        self.max_neighbors = max_neighbors
        self.power = power
        self.eps = eps

    def _pairwise_dist(self, grid_xy, station_xy):
        diff = grid_xy[:, None, :] - station_xy[None, :, :]
        return ops.sqrt((diff * diff).sum(-1) + self.eps)

    def _num_neighbors(self, station_valid):
        n_valid = station_valid.astype(ms.int32).sum()
        return ops.minimum(n_valid, self.max_neighbors)

    def construct(self, grid_xy, station_xy, station_obs, station_valid):
        k = self._num_neighbors(station_valid)
        dist = self._pairwise_dist(grid_xy, station_xy)
        dist = ops.where(station_valid[None, :], dist, ops.full_like(dist, 1e9))
        neg_d, idx = ops.topk(-dist, int(k))
        w = 1.0 / ops.pow(-neg_d, self.power)
        obs = ops.gather(station_obs, idx.reshape(-1), 0).reshape(idx.shape)
        return (w * obs).sum(-1) / w.sum(-1)


def make():
    rng = np.random.RandomState(0)
    grid_xy = Tensor(rng.rand(6, 2).astype(np.float32))
    station_xy = Tensor(rng.rand(8, 2).astype(np.float32))
    station_obs = Tensor(rng.randn(8).astype(np.float32))
    valid = Tensor(np.array([1, 1, 0, 1, 0, 1, 1, 0], dtype=np.bool_))
    return StationKNNInterpolator(), (grid_xy, station_xy, station_obs, valid)

# case: k-nearest-station interpolation with k from config capped by the number of stations in the shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KNNStationToGrid(nn.Cell):
    """Gaussian-kernel average of the k nearest stations; invalid stations pushed far away."""

    def __init__(self, k=5, length_scale=0.3):
        super().__init__()
        self.k = k
        self.inv_two_l2 = 1.0 / (2.0 * length_scale ** 2)

    def _sq_dist(self, a, b):
        return (a * a).sum(-1, keepdims=True) - 2.0 * ops.matmul(a, b.T) + (b * b).sum(-1)[None, :]

    def construct(self, grid_xy, station_xy, station_obs, station_valid):
        k = min(self.k, station_xy.shape[0])
        d2 = self._sq_dist(grid_xy, station_xy)
        d2 = ops.where(station_valid[None, :], d2, ops.full_like(d2, 1e6))
        neg, idx = ops.topk(-d2, k)
        w = ops.exp(neg * self.inv_two_l2)
        vals = station_obs[idx]
        return (w * vals).sum(-1) / (w.sum(-1) + 1e-8)


def make():
    rng = np.random.RandomState(107)
    g = Tensor(rng.rand(9, 2).astype(np.float32))
    s = Tensor(rng.rand(4, 2).astype(np.float32))
    obs = Tensor(rng.randn(4).astype(np.float32))
    valid = Tensor(np.array([True, True, False, True]))
    return KNNStationToGrid(), (g, s, obs, valid)

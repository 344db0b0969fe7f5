# case: inverse-distance-weighted snow depth interpolation from stations to grid points with broadcast distances -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IDWInterpolator(nn.Cell):
    def __init__(self, power=2.0, eps=1e-3):
        super().__init__()
        self.power = power
        self.eps = eps

    def pairwise_distance(self, a, b):
        diff = a.expand_dims(1) - b.expand_dims(0)
        return ops.sqrt((diff * diff).sum(-1) + self.eps)

    def construct(self, grid_xy, station_xy, station_depth):
        dist = self.pairwise_distance(grid_xy, station_xy)
        w = 1.0 / ops.pow(dist, self.power)
        w = w / w.sum(axis=1, keepdims=True)
        return ops.matmul(w, station_depth.expand_dims(-1)).squeeze(-1)


def make():
    np.random.seed(31)
    grid = Tensor(np.random.uniform(0, 10, size=(25, 2)).astype(np.float32))
    stations = Tensor(np.random.uniform(0, 10, size=(7, 2)).astype(np.float32))
    depth = Tensor(np.random.uniform(0.3, 2.5, size=(7,)).astype(np.float32))
    return IDWInterpolator(), (grid, stations, depth)

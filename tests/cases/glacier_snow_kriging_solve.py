# case: simple kriging of snow depth with an exponential covariance, solving the station system with a matrix inverse -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExpCovariance(nn.Cell):
    def __init__(self, sill=1.0, range_km=3.0):
        super().__init__()
        self.sill = sill
        self.range_km = range_km

    def construct(self, a, b):
        d = ops.cdist(a, b)
        return self.sill * ops.exp(-d / self.range_km)


class SimpleKriging(nn.Cell):
    def __init__(self, nugget=0.05):
        super().__init__()
        self.cov = ExpCovariance()
        self.nugget = nugget

    def construct(self, st_xy, st_depth, grid_xy):
        n = st_xy.shape[0]
        c = self.cov(st_xy, st_xy) + self.nugget * ops.eye(n, n, ms.float32)
        k = self.cov(grid_xy, st_xy)
        mean = st_depth.mean()
        w = ops.matmul(k, ops.inverse(c))
        return mean + ops.matmul(w, (st_depth - mean).expand_dims(-1)).squeeze(-1)


def make():
    np.random.seed(41)
    st = Tensor(np.random.uniform(0, 10, size=(6, 2)).astype(np.float32))
    dep = Tensor(np.random.uniform(0.5, 2.0, size=(6,)).astype(np.float32))
    grid = Tensor(np.random.uniform(0, 10, size=(15, 2)).astype(np.float32))
    return SimpleKriging(), (st, dep, grid)

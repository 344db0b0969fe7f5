# case: route encoder accepts either a single polyline tensor or a (polyline, timestamps) tuple, dispatching with isinstance -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RouteEncoder(nn.Cell):
    def __init__(self, dim=8, max_points=10):
        super().__init__()
        self.point_proj = nn.Dense(2, dim)
        self.time_proj = nn.Dense(1, dim)
        self.max_points = max_points

    def construct(self, route):
        if isinstance(route, tuple):
            xy, ts = route
            h = self.point_proj(xy) + self.time_proj(ts.expand_dims(-1))
        else:
            h = self.point_proj(route)
        h = h[:self.max_points]
        return ops.tanh(h).mean(0)


def make():
    np.random.seed(25)
    xy = Tensor(np.random.rand(10, 2).astype(np.float32))
    ts = Tensor(np.linspace(0, 1, 10).astype(np.float32))
    return RouteEncoder(), ((xy, ts),)

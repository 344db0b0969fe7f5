# case: a @ms.jit_class bounding box is created from tensors in construct and expanded in place per trajectory -> compile error at line 35
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class BBox:
    def __init__(self, min_lat, min_lon, max_lat, max_lon):
        self.min_lat = min_lat
        self.min_lon = min_lon
        self.max_lat = max_lat
        self.max_lon = max_lon

    def expand(self, lat, lon):
        self.min_lat = ops.minimum(self.min_lat, lat.min())
        self.min_lon = ops.minimum(self.min_lon, lon.min())
        self.max_lat = ops.maximum(self.max_lat, lat.max())
        self.max_lon = ops.maximum(self.max_lon, lon.max())

    def area(self):
        return (self.max_lat - self.min_lat) * (self.max_lon - self.min_lon)


class CoverageFeature(nn.Cell):
    """Radius-of-coverage style feature over a batch of trajectories."""

    def __init__(self, n_traj=3):
        super().__init__()
        self.n_traj = n_traj

    def construct(self, lat, lon):
        box = BBox(lat[0, 0], lon[0, 0], lat[0, 0], lon[0, 0])
        for k in range(self.n_traj):
            box.expand(lat[k], lon[k])
        return box.area()


def make():
    np.random.seed(9)
    lat = (39.9 + np.random.rand(3, 5) * 0.1).astype(np.float32)
    lon = (116.3 + np.random.rand(3, 5) * 0.1).astype(np.float32)
    return CoverageFeature(), (Tensor(lat), Tensor(lon))

# case: storm track step locates the pressure minimum with argmin on the flattened field and gathers lat/lon from coordinate grids -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StormEyeLocator(nn.Cell):
    def __init__(self, lat0=10.0, lon0=-80.0, dlat=0.25, dlon=0.25):
        super().__init__()
        self.lat0, self.lon0 = lat0, lon0
        self.dlat, self.dlon = dlat, dlon

    def construct(self, pressure):
        b, h, w = pressure.shape
        flat = pressure.reshape(b, h * w)
        idx = ops.argmin(flat, axis=1)
        row = (idx // w).astype(ms.float32)
        col = (idx % w).astype(ms.float32)
        lat = self.lat0 + row * self.dlat
        lon = self.lon0 + col * self.dlon
        depth = flat.mean(axis=1) - flat.min(axis=1)
        return ops.stack([lat, lon], axis=1), depth


def make():
    np.random.seed(38)
    p = Tensor(np.random.uniform(960, 1015, (4, 12, 12)).astype(np.float32))
    return StormEyeLocator(), (p,)

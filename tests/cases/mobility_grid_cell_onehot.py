# case: grid cell ids from lat/lon clipped to the city box and one-hot encoded with a configured depth -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CityGrid(nn.Cell):
    def __init__(self, bbox=(39.8, 116.2, 40.0, 116.5), n_rows=10, n_cols=15):
        super().__init__()
        self.min_lat, self.min_lon, self.max_lat, self.max_lon = bbox
        self.n_rows = n_rows
        self.n_cols = n_cols
        self.dlat = (self.max_lat - self.min_lat) / n_rows
        self.dlon = (self.max_lon - self.min_lon) / n_cols

    def construct(self, lat, lon):
        r = ops.floor((lat - self.min_lat) / self.dlat).astype(ms.int32)
        c = ops.floor((lon - self.min_lon) / self.dlon).astype(ms.int32)
        r = ops.clamp(r, 0, self.n_rows - 1)
        c = ops.clamp(c, 0, self.n_cols - 1)
        return r * self.n_cols + c


class VisitHistogram(nn.Cell):
    """Fraction of fixes spent in each city grid cell (a mobility footprint)."""

    def __init__(self, n_rows=10, n_cols=15):
        super().__init__()
        self.grid = CityGrid(n_rows=n_rows, n_cols=n_cols)
        self.depth = n_rows * n_cols

    def construct(self, lat, lon):
        cells = self.grid(lat, lon)
        onehot = ops.one_hot(cells, self.depth, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return onehot.mean(axis=0)


def make():
    np.random.seed(24)
    lat = (39.78 + np.random.rand(20) * 0.25).astype(np.float32)
    lon = (116.18 + np.random.rand(20) * 0.35).astype(np.float32)
    return VisitHistogram(), (Tensor(lat), Tensor(lon))

# case: maps GPS fixes to grid cell ids and counts distinct visited cells with ops.unique -> dynamic shape at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GridIndexer(nn.Cell):
    def __init__(self, min_lat=39.8, min_lon=116.2, cell_deg=0.01, n_cols=50):
        super().__init__()
        self.min_lat = min_lat
        self.min_lon = min_lon
        self.cell_deg = cell_deg
        self.n_cols = n_cols

    def construct(self, lat, lon):
        row = ops.floor((lat - self.min_lat) / self.cell_deg).astype(ms.int32)
        col = ops.floor((lon - self.min_lon) / self.cell_deg).astype(ms.int32)
        return row * self.n_cols + col


class MobilityDiversity(nn.Cell):
    """Per-trajectory diversity features: number of distinct cells, revisit ratio."""

    def __init__(self, cell_deg=0.01):
        super().__init__()
        self.indexer = GridIndexer(cell_deg=cell_deg)

    def construct(self, lat, lon):
        cells = self.indexer(lat, lon)
        uniq, inverse = ops.unique(cells)
        n_distinct = ops.scalar_to_tensor(uniq.shape[0], ms.float32)
        n_points = ops.scalar_to_tensor(cells.shape[0], ms.float32)
        revisit_ratio = 1.0 - n_distinct / n_points
        return ops.stack([n_distinct, revisit_ratio]), inverse


def make():
    np.random.seed(2)
    lat = (39.85 + np.random.randint(0, 4, size=16) * 0.01 + 0.001).astype(np.float32)
    lon = (116.25 + np.random.randint(0, 4, size=16) * 0.01 + 0.001).astype(np.float32)
    return MobilityDiversity(), (Tensor(lat), Tensor(lon))

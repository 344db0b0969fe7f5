# case: reverse-geocoding cell lookup wrapped in try/except inside construct -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CellLookup(nn.Cell):
    def __init__(self, n_rows=8, n_cols=8, cell_m=250.0):
        super().__init__()
        self.n_rows = n_rows
        self.n_cols = n_cols
        self.cell_m = cell_m

    def construct(self, xy):
        rc = ops.floor(xy / self.cell_m).astype(ms.int32)
        return rc[:, 0] * self.n_cols + rc[:, 1]


class RegionEmbedder(nn.Cell):
    """Embeds projected coordinates by the grid cell they fall into."""

    def __init__(self, dim=8, n_rows=8, n_cols=8):
        super().__init__()
        self.lookup = CellLookup(n_rows, n_cols)
        self.n_cells = n_rows * n_cols
        self.emb = nn.Embedding(n_rows * n_cols + 1, dim)

    def construct(self, xy):
        try:
            cells = self.lookup(xy)
        except ValueError:
            cells = ops.fill(ms.int32, (xy.shape[0],), self.n_cells)
        cells = ops.clamp(cells, 0, self.n_cells)
        return self.emb(cells).mean(axis=0)


def make():
    np.random.seed(15)
    xy = (np.random.rand(6, 2) * 1900).astype(np.float32)
    return RegionEmbedder(), (Tensor(xy),)

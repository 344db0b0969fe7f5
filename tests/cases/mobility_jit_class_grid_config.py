# case: read-only @ms.jit_class grid config passed to the model and used for cell-id arithmetic in construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class GridConfig:
    def __init__(self, origin_lat=30.5, origin_lon=114.2, step_deg=0.02, n_rows=6, n_cols=6):
        self.origin_lat = origin_lat
        self.origin_lon = origin_lon
        self.step_deg = step_deg
        self.n_rows = n_rows
        self.n_cols = n_cols

    def num_cells(self):
        return self.n_rows * self.n_cols


class CellEmbeddingModel(nn.Cell):
    """Embeds each GPS fix by its grid cell and averages along the trajectory."""

    def __init__(self, cfg=None, dim=8):
        super().__init__()
        self.cfg = cfg if cfg is not None else GridConfig()
        self.emb = nn.Embedding(self.cfg.num_cells(), dim)

    def cell_ids(self, lat, lon):
        r = ops.floor((lat - self.cfg.origin_lat) / self.cfg.step_deg).astype(ms.int32)
        c = ops.floor((lon - self.cfg.origin_lon) / self.cfg.step_deg).astype(ms.int32)
        r = ops.clamp(r, 0, self.cfg.n_rows - 1)
        c = ops.clamp(c, 0, self.cfg.n_cols - 1)
        return r * self.cfg.n_cols + c

    def construct(self, lat, lon):
        ids = self.cell_ids(lat, lon)
        return self.emb(ids).mean(axis=-2)


def make():
    np.random.seed(35)
    lat = (30.5 + np.random.rand(2, 7) * 0.12).astype(np.float32)
    lon = (114.2 + np.random.rand(2, 7) * 0.12).astype(np.float32)
    return CellEmbeddingModel(), (Tensor(lat), Tensor(lon))

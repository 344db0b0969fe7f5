# case: stand density map scatters stem counts into a fixed grid with tensor_scatter_add on flattened indices -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StemDensityGrid(nn.Cell):
    """Counts stems per 10 m grid cell from stem-map grid coordinates."""

    def __init__(self, grid_rows=6, grid_cols=6, cell_area_ha=0.01):
        super().__init__()
        self.grid_rows = grid_rows
        self.grid_cols = grid_cols
        self.scale = 1.0 / cell_area_ha

    def construct(self, cell_idx, stem_weight):
        flat = cell_idx[:, 0] * self.grid_cols + cell_idx[:, 1]
        counts = ops.zeros((self.grid_rows * self.grid_cols,), ms.float32)
        counts = ops.tensor_scatter_add(counts, flat.expand_dims(1), stem_weight)
        per_ha = counts.reshape(self.grid_rows, self.grid_cols) * self.scale
        return per_ha, per_ha.mean()


def make():
    np.random.seed(14)
    rows = np.random.randint(0, 6, 15)
    cols = np.random.randint(0, 6, 15)
    idx = Tensor(np.stack([rows, cols], axis=1).astype(np.int32))
    w = Tensor(np.ones(15, dtype=np.float32))
    return StemDensityGrid(), (idx, w)

# case: stand density map builds a COOTensor of tree positions on a grid and converts to dense to count stems per cell -> may compile or error (sparse tensor in Graph mode)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class StemDensityGrid(nn.Cell):
    """Counts stems per 10 m grid cell from stem-map grid coordinates."""

    def __init__(self, grid_rows=6, grid_cols=6):
        super().__init__()
        self.shape = (grid_rows, grid_cols)

    def construct(self, cell_idx, stem_weight):
        sparse = COOTensor(cell_idx, stem_weight, self.shape)
        dense = sparse.to_dense()
        per_ha = dense * 100.0
        return per_ha, per_ha.mean()


def make():
    np.random.seed(14)
    rows = np.random.randint(0, 6, 15)
    cols = np.random.randint(0, 6, 15)
    idx = Tensor(np.stack([rows, cols], axis=1).astype(np.int32))
    w = Tensor(np.ones(15, dtype=np.float32))
    return StemDensityGrid(), (idx, w)

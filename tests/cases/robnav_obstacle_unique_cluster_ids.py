# case: quantize obstacle points into grid-cell ids and use ops.unique to count distinct occupied cells -> unique output length data-dependent, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CellBinner(nn.Cell):
    def __init__(self, resolution=0.5, width=20):
        super().__init__()
        self.resolution = resolution
        self.width = width

    def cell_ids(self, pts):
        ij = ops.floor(pts / self.resolution).astype(ms.int32)
        ij = ops.clamp(ij, 0, self.width - 1)
        return ij[:, 0] * self.width + ij[:, 1]

    def construct(self, pts):
        ids = self.cell_ids(pts)
        cells, inverse = ops.unique(ids)
        counts = ops.zeros(cells.shape, ms.float32)
        counts = ops.tensor_scatter_add(counts, inverse.reshape(-1, 1), ops.ones(ids.shape, ms.float32))
        return cells, counts


def make():
    np.random.seed(8)
    pts = np.random.uniform(0, 4.0, size=(30, 2)).astype(np.float32)
    return CellBinner(), (Tensor(pts),)

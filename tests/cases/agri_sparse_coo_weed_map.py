# case: builds a COOTensor of sparse weed detections on a field grid in construct and converts it to dense for spray planning -> sparse tensor inside graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseWeedGrid(nn.Cell):
    def __init__(self, grid_h=10, grid_w=12):
        super().__init__()
        self.grid_shape = (grid_h, grid_w)

    def construct(self, cells, densities):
        weed_map = COOTensor(cells, densities, self.grid_shape)
        dense = weed_map.to_dense()
        spray = (dense > 0.5).astype(ms.float32)
        return spray.sum(axis=1)


def make():
    np.random.seed(15)
    rows = np.random.randint(0, 10, size=7)
    cols = np.random.randint(0, 12, size=7)
    flat = np.unique(rows * 12 + cols)
    cells = Tensor(np.stack([flat // 12, flat % 12], axis=1).astype(np.int32))
    densities = Tensor(np.random.rand(len(flat)).astype(np.float32))
    return SparseWeedGrid(), (cells, densities)

# case: heat map stored as a COOTensor built from player cell indices, then converted to dense -> sparse tensor in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseHeat(nn.Cell):
    def __init__(self, grid=(12, 8)):
        super().__init__()
        self.grid = grid

    def construct(self, cell_idx, weights):
        heat = COOTensor(cell_idx, weights, self.grid)
        dense = heat.to_dense()
        return dense / weights.sum()


def make():
    np.random.seed(18)
    cells = np.stack([np.random.permutation(12)[:10], np.random.randint(0, 8, 10)], axis=1)
    cells = cells[np.lexsort((cells[:, 1], cells[:, 0]))].astype(np.int32)
    w = np.random.rand(10).astype(np.float32)
    return SparseHeat(), (Tensor(cells), Tensor(w))

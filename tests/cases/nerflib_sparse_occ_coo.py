# case: sparse occupancy grid stored as COO (indices + values) and densified with ms.COOTensor inside construct to mask densities -> sparse tensor in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

GRID_RES = 8


class SparseGridConfig:
    res = GRID_RES
    n_occupied = 40
    decay = 0.95


class SparseOccupancyGrid(nn.Cell):
    def __init__(self, config, indices=None):
        super().__init__()
        self.res = config.res
        self.decay = config.decay
        if indices is None:
            flat = np.random.choice(config.res ** 2, config.n_occupied, replace=False)
            indices = np.stack([flat // config.res, flat % config.res], axis=-1).astype(np.int32)
        self.indices = Tensor(indices)
        self.values = Parameter(Tensor(np.ones(len(indices), np.float32)), name="occ_values")

    def dense(self):
        coo = ms.COOTensor(self.indices, self.values * self.decay, (self.res, self.res))
        return coo.to_dense()

    def construct(self, sigma_grid):
        occ = self.dense()
        return sigma_grid * occ[None, :, :]


def make():
    np.random.seed(23)
    sig = np.random.rand(GRID_RES, GRID_RES, GRID_RES).astype(np.float32)
    return SparseOccupancyGrid(SparseGridConfig()), (Tensor(sig),)

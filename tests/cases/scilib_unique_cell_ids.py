# case: particle-to-mesh deposition deduplicates the occupied cell ids with unique before scattering charge -> unique output size depends on data, Graph mode should go dynamic or reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PICConfig:
    n_cells = 16
    domain_length = 1.0
    charge = 1.0


def cell_index(pos, n_cells, length):
    return ops.clip((pos / length * n_cells).astype(ms.int32), 0, n_cells - 1)


class ChargeDeposition(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n_cells = config.n_cells
        self.length = config.domain_length
        self.q = config.charge

    def construct(self, positions):
        ids = cell_index(positions, self.n_cells, self.length)
        occupied, inverse = ops.unique(ids)
        counts = ops.zeros(occupied.shape, ms.float32)
        counts = ops.tensor_scatter_add(counts, inverse.expand_dims(-1), ops.ones_like(positions))
        rho = ops.zeros((self.n_cells,), ms.float32)
        rho = ops.tensor_scatter_update(rho, occupied.expand_dims(-1), self.q * counts)
        return rho * self.n_cells / self.length


def make():
    np.random.seed(19)
    pos = Tensor(np.random.rand(50).astype(np.float32) * 0.6)
    return ChargeDeposition(PICConfig()), (pos,)

# case: message passing over a bond graph stored as an ms.COOTensor adjacency built in construct, sparse matmul aggregation -> sparse (error or dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BondGraphConfig:
    def __init__(self, hidden=16, num_atoms=8, normalize=True):
        self.hidden = hidden
        self.num_atoms = num_atoms
        self.normalize = normalize


class SparseBondConv(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.lin = nn.Dense(config.hidden, config.hidden)
        self.shape = (config.num_atoms, config.num_atoms)
        self.normalize = config.normalize
        self.spmm = ops.SparseTensorDenseMatmul()

    def _adjacency(self, bond_index, bond_order):
        return ms.COOTensor(bond_index, bond_order, self.shape)

    def construct(self, h, bond_index, bond_order):
        adj = self._adjacency(bond_index, bond_order)
        msg = self.spmm(adj.indices, adj.values, adj.shape, self.lin(h))
        if self.normalize:
            deg = adj.to_dense().sum(axis=1, keepdims=True)
            msg = msg / ops.maximum(deg, 1.0)
        return h + msg


def make():
    np.random.seed(21)
    bonds = np.array([[0, 1], [1, 0], [1, 2], [2, 1], [2, 3], [3, 2], [4, 5], [5, 4], [5, 6], [6, 5], [6, 7], [7, 6]], np.int32)
    order = np.array([1, 1, 2, 2, 1, 1, 1, 1, 1, 1, 3, 3], np.float32)
    h = Tensor(np.random.randn(8, 16).astype(np.float32))
    return SparseBondConv(BondGraphConfig()), (h, Tensor(bonds), Tensor(order))

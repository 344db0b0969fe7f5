# case: reactant graph encoder builds a COOTensor adjacency from bond index pairs inside construct and multiplies it with atom features -> sparse tensor in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseReactantEncoder(nn.Cell):
    def __init__(self, hidden=8, n_atoms=7):
        super().__init__()
        self.lin = nn.Dense(hidden, hidden)
        self.n_atoms = n_atoms

    def construct(self, atom_h, bond_index, bond_weight):
        adj = COOTensor(bond_index, bond_weight, (self.n_atoms, self.n_atoms))
        msg = ops.matmul(adj.to_dense(), atom_h)
        return ops.relu(self.lin(msg) + atom_h)


def make():
    np.random.seed(29)
    atom_h = Tensor(np.random.randn(7, 8).astype(np.float32))
    idx = np.array([[0, 1], [1, 0], [1, 2], [2, 1], [2, 3], [3, 2], [4, 5], [5, 4]], np.int32)
    w = np.ones(len(idx), np.float32)
    return SparseReactantEncoder(), (atom_h, Tensor(idx), Tensor(w))

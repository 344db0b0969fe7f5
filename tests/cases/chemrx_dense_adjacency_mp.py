# case: reactant graph encoder runs a fixed number of message-passing rounds over a dense normalised adjacency built by scatter from bond pairs -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DenseReactantEncoder(nn.Cell):
    def __init__(self, hidden=8, rounds=3, add_self_loops=True):
        super().__init__()
        self.layers = nn.CellList([nn.Dense(hidden, hidden) for _ in range(rounds)])
        self.add_self_loops = add_self_loops

    def normalise(self, adj):
        if self.add_self_loops:
            adj = adj + ops.eye(adj.shape[0], adj.shape[0], adj.dtype)
        deg = adj.sum(axis=1, keepdims=True)
        return adj / deg

    def construct(self, atom_h, bond_index, bond_weight):
        n = atom_h.shape[0]
        adj = ops.tensor_scatter_add(ops.zeros((n, n), ms.float32), bond_index, bond_weight)
        a = self.normalise(adj)
        h = atom_h
        for layer in self.layers:
            h = ops.relu(layer(ops.matmul(a, h))) + h
        return h


def make():
    np.random.seed(30)
    atom_h = Tensor(np.random.randn(7, 8).astype(np.float32))
    idx = np.array([[0, 1], [1, 0], [1, 2], [2, 1], [2, 3], [3, 2], [4, 5], [5, 4]], np.int32)
    w = np.ones(len(idx), np.float32)
    return DenseReactantEncoder(), (atom_h, Tensor(idx), Tensor(w))

# case: message passing where the bond graph is a COOTensor built from bond index tensors in construct -> compile error at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseBondConv(nn.Cell):
    def __init__(self, dim=8, num_layers=2):
        super().__init__()
        self.lins = nn.CellList([nn.Dense(dim, dim) for _ in range(num_layers)])
        self.act = nn.ReLU()

    def adjacency(self, bonds, num_atoms):
        weights = ops.ones((bonds.shape[0],), ms.float32)
        adj = ms.COOTensor(bonds, weights, (num_atoms, num_atoms))
        return adj.to_dense()

    def construct(self, h, bonds):
        adj = self.adjacency(bonds, h.shape[0])
        deg = adj.sum(1, keepdims=True) + 1.0
        for lin in self.lins:
            h = self.act(lin((ops.matmul(adj, h) + h) / deg))
        return h


def make():
    np.random.seed(9)
    h = Tensor(np.random.randn(5, 8).astype(np.float32))
    bonds = np.array([[0, 1], [1, 0], [1, 2], [2, 1], [2, 3], [3, 2], [3, 4], [4, 3]], dtype=np.int32)
    return SparseBondConv(), (h, Tensor(bonds))

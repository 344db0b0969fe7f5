# case: build a sparse COOTensor adjacency from a given edge list inside construct and aggregate neighbour features by sparse matmul -> sparse tensor in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseMessagePassing(nn.Cell):
    def __init__(self, n_atoms=6, dim=4):
        super().__init__()
        self.n_atoms = n_atoms
        self.update = nn.Dense(dim, dim)

    def construct(self, edge_index, edge_weight, atom_feats):
        adj = COOTensor(edge_index, edge_weight, (self.n_atoms, self.n_atoms))
        agg = ops.SparseTensorDenseMatmul()(adj.indices, adj.values, adj.shape, atom_feats)
        return ops.softplus(self.update(agg) + atom_feats)


def make():
    np.random.seed(24)
    edges = np.array([[0, 1], [1, 0], [1, 2], [2, 1], [3, 4], [4, 3], [4, 5], [5, 4]], np.int32)
    w = np.random.rand(8).astype(np.float32)
    feats = np.random.randn(6, 4).astype(np.float32)
    return SparseMessagePassing(), (Tensor(edges), Tensor(w), Tensor(feats))

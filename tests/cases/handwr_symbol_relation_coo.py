# case: builds a sparse COO adjacency of spatial relations between symbols and propagates symbol features through it -> sparse tensor in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class RelationGraphConv(nn.Cell):
    def __init__(self, num_symbols=6, dim=8):
        super().__init__()
        self.num_symbols = num_symbols
        self.lin = nn.Dense(dim, dim)

    def construct(self, edge_index, edge_weight, feats):
        adj = COOTensor(edge_index, edge_weight, (self.num_symbols, self.num_symbols))
        h = self.lin(feats)
        dense_adj = adj.to_dense()
        return ops.relu(ops.matmul(dense_adj, h))


def make():
    np.random.seed(17)
    idx = np.array([[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [1, 0]], np.int32)
    w = np.random.rand(6).astype(np.float32)
    feats = np.random.randn(6, 8).astype(np.float32)
    return RelationGraphConv(), (Tensor(idx), Tensor(w), Tensor(feats))

# case: builds a sparse COO adjacency of money transfers between accounts inside construct and aggregates neighbour risk with it -> sparse tensor in the graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class TransferGraphAggregator(nn.Cell):
    def __init__(self, n_accounts=8, dim=4):
        super().__init__()
        self.n_accounts = n_accounts
        self.proj = nn.Dense(dim, dim)
        self.out = nn.Dense(2 * dim, 1)

    def construct(self, node_feats, edge_index, edge_amounts):
        adj = COOTensor(edge_index, edge_amounts, (self.n_accounts, self.n_accounts))
        dense_adj = adj.to_dense()
        deg = ops.clamp(dense_adj.sum(axis=1, keepdims=True), min=1.0)
        neigh = ops.matmul(dense_adj / deg, self.proj(node_feats))
        h = ops.concat((node_feats, neigh), axis=-1)
        return ops.sigmoid(self.out(h)).squeeze(-1)


def make():
    np.random.seed(27)
    node_feats = Tensor(np.random.randn(8, 4).astype(np.float32))
    src = np.array([0, 1, 2, 3, 5, 6, 7], dtype=np.int32)
    dst = np.array([1, 2, 3, 4, 6, 7, 0], dtype=np.int32)
    edge_index = Tensor(np.stack([src, dst], axis=1))
    edge_amounts = Tensor((np.random.rand(7) * 100).astype(np.float32))
    return TransferGraphAggregator(), (node_feats, edge_index, edge_amounts)

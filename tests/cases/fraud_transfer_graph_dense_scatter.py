# case: aggregates neighbour risk over a transfer graph by scattering edge amounts into a dense n_accounts x n_accounts matrix with tensor_scatter_add -> fixed shapes, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TransferGraphLayer(nn.Cell):
    def __init__(self, n_accounts=8, dim=4):
        super().__init__()
        self.n_accounts = n_accounts
        self.msg = nn.Dense(dim, dim, activation="relu")
        self.update = nn.Dense(2 * dim, dim, activation="tanh")

    def construct(self, node_feats, edge_index, edge_amounts):
        adj = ops.zeros((self.n_accounts, self.n_accounts), ms.float32)
        adj = ops.tensor_scatter_add(adj, edge_index, ops.log1p(edge_amounts))
        deg = ops.clamp(adj.sum(axis=1, keepdims=True), min=1e-3)
        neigh = ops.matmul(adj / deg, self.msg(node_feats))
        return self.update(ops.concat((node_feats, neigh), axis=-1))


class MuleAccountDetector(nn.Cell):
    def __init__(self, n_accounts=8, dim=4, n_layers=2):
        super().__init__()
        self.layers = nn.CellList([TransferGraphLayer(n_accounts, dim) for _ in range(n_layers)])
        self.head = nn.Dense(dim, 1)

    def construct(self, node_feats, edge_index, edge_amounts):
        h = node_feats
        for layer in self.layers:
            h = layer(h, edge_index, edge_amounts)
        return ops.sigmoid(self.head(h)).squeeze(-1)


def make():
    np.random.seed(28)
    node_feats = Tensor(np.random.randn(8, 4).astype(np.float32))
    src = np.array([0, 1, 2, 3, 5, 6, 7, 2], dtype=np.int32)
    dst = np.array([1, 2, 3, 4, 6, 7, 0, 5], dtype=np.int32)
    edge_index = Tensor(np.stack([src, dst], axis=1))
    edge_amounts = Tensor((np.random.rand(8) * 100).astype(np.float32))
    return MuleAccountDetector(), (node_feats, edge_index, edge_amounts)

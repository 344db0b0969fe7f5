# case: dexterous-hand policy passes messages over the finger-link contact graph held as an ms.COOTensor built in construct from edge indices and contact forces, then densified for the aggregation -> sparse tensor built and used in construct, expect Graph mode to refuse or handle sparse specially
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HandConfig:
    def __init__(self, n_links=6, feat_dim=8, hidden=16, n_rounds=2, self_loops=True):
        self.n_links = n_links
        self.feat_dim = feat_dim
        self.hidden = hidden
        self.n_rounds = n_rounds
        self.self_loops = self_loops


class ContactGNN(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n_links = config.n_links
        self.self_loops = config.self_loops
        self.inp = nn.Dense(config.feat_dim, config.hidden)
        self.rounds = nn.CellList([nn.Dense(config.hidden, config.hidden) for _ in range(config.n_rounds)])

    def _adjacency(self, edges, forces):
        adj = ms.COOTensor(edges, forces, (self.n_links, self.n_links))
        dense = adj.to_dense()
        if self.self_loops:
            dense = dense + ops.eye(self.n_links, self.n_links, ms.float32)
        return dense / dense.sum(axis=1, keepdims=True)

    def construct(self, link_feats, edges, forces):
        a = self._adjacency(edges, forces)
        h = ops.relu(self.inp(link_feats))
        for layer in self.rounds:
            h = ops.relu(layer(ops.matmul(a, h))) + h
        return h.mean(axis=0)


def make():
    np.random.seed(28)
    feats = Tensor(np.random.randn(6, 8).astype(np.float32))
    edges = Tensor(np.array([[0, 1], [1, 2], [2, 3], [0, 4], [4, 5], [3, 5]], dtype=np.int32))
    forces = Tensor(np.random.rand(6).astype(np.float32))
    return ContactGNN(HandConfig()), (feats, edges, forces)

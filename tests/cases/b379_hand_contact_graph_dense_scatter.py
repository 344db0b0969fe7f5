# case: dexterous-hand policy builds the finger-link contact adjacency densely from one-hot matrices of the fixed kinematic edges (NumPy in __init__) weighted by contact forces, then message passing over an nn.CellList -> fixed edge count, expect Graph mode to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

HAND_EDGES = ((0, 1), (1, 2), (2, 3), (0, 4), (4, 5), (3, 5))


class HandConfig:
    def __init__(self, n_links=6, feat_dim=8, hidden=16, n_rounds=2, self_loops=True):
        self.n_links = n_links
        self.feat_dim = feat_dim
        self.hidden = hidden
        self.n_rounds = n_rounds
        self.self_loops = self_loops


class ContactGNN(nn.Cell):
    def __init__(self, config, edges=None):
        super().__init__()
        edges = HAND_EDGES if edges is None else edges
        n = config.n_links
        self.n_links = n
        self.self_loops = config.self_loops
        src = np.eye(n, dtype=np.float32)[[e[0] for e in edges]]
        dst = np.eye(n, dtype=np.float32)[[e[1] for e in edges]]
        self.src_onehot = Tensor(src)
        self.dst_onehot = Tensor(dst)
        self.inp = nn.Dense(config.feat_dim, config.hidden)
        self.rounds = nn.CellList([nn.Dense(config.hidden, config.hidden) for _ in range(config.n_rounds)])

    def _adjacency(self, forces):
        adj = ops.matmul((self.src_onehot * forces.expand_dims(-1)).T, self.dst_onehot)
        if self.self_loops:
            adj = adj + ops.eye(self.n_links, self.n_links, ms.float32)
        return adj / ops.maximum(adj.sum(axis=1, keepdims=True), 1e-6)

    def construct(self, link_feats, forces):
        a = self._adjacency(forces)
        h = ops.relu(self.inp(link_feats))
        for layer in self.rounds:
            h = ops.relu(layer(ops.matmul(a, h))) + h
        return h.mean(axis=0)


def make():
    np.random.seed(29)
    feats = Tensor(np.random.randn(6, 8).astype(np.float32))
    forces = Tensor(np.random.rand(len(HAND_EDGES)).astype(np.float32))
    return ContactGNN(HandConfig()), (feats, forces)

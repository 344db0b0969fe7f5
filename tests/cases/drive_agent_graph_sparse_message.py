# case: agent-interaction GNN that builds a sparse COO adjacency from pairwise distances and aggregates with a CSR matmul -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseAgentInteraction(nn.Cell):
    def __init__(self, feat_dim=8, hidden=16, radius=1.5, sigma=1.0):
        super().__init__()
        self.radius = radius
        self.sigma = sigma
        self.msg = nn.Dense(feat_dim, hidden)
        self.update = nn.Dense(feat_dim + hidden, hidden)

    def build_adjacency(self, pos):
        n = pos.shape[0]
        dist = ops.cdist(pos, pos)
        adj = dist < self.radius
        edges = ops.argwhere(adj).astype(ms.int32)
        weights = ops.exp(-dist[adj] / self.sigma)
        return ms.COOTensor(edges, weights, (n, n))

    def construct(self, pos, feats):
        graph = self.build_adjacency(pos).to_csr()
        messages = graph.mm(self.msg(feats))
        return self.update(ops.concat([feats, messages], axis=-1))


def make():
    np.random.seed(10)
    pos = Tensor(np.random.randn(8, 2).astype(np.float32))
    feats = Tensor(np.random.randn(8, 8).astype(np.float32))
    return SparseAgentInteraction(), (pos, feats)

# case: relation network pairs every query with every class embedding using tile/reshape from .shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RelationScorer(nn.Cell):
    def __init__(self, feat_dim=8, hidden=16):
        super().__init__()
        self.mlp = nn.SequentialCell([nn.Dense(2 * feat_dim, hidden), nn.ReLU(), nn.Dense(hidden, 1), nn.Sigmoid()])

    def construct(self, pairs):
        return self.mlp(pairs)


class RelationNetwork(nn.Cell):
    def __init__(self, in_dim=10, feat_dim=8, n_way=3, k_shot=2):
        super().__init__()
        self.embed = nn.Dense(in_dim, feat_dim)
        self.scorer = RelationScorer(feat_dim)
        self.n_way = n_way
        self.k_shot = k_shot

    def construct(self, support, query):
        s = self.embed(support).reshape(self.n_way, self.k_shot, -1).sum(1)
        q = self.embed(query)
        n_q, d = q.shape
        s_tiled = ops.tile(s.expand_dims(0), (n_q, 1, 1))
        q_tiled = ops.tile(q.expand_dims(1), (1, self.n_way, 1))
        pairs = ops.concat((s_tiled, q_tiled), axis=2).reshape(-1, 2 * d)
        return self.scorer(pairs).reshape(n_q, self.n_way)


def make():
    np.random.seed(41)
    support = Tensor(np.random.randn(6, 10).astype(np.float32))
    query = Tensor(np.random.randn(4, 10).astype(np.float32))
    return RelationNetwork(), (support, query)

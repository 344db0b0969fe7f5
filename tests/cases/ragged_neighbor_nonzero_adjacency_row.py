# case: collects neighbours of a seed node from a dense adjacency row with nonzero and averages their features -> dynamic shape at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeedNeighborhoodEncoder(nn.Cell):
    """Encodes a seed node by the mean of its direct neighbours' features."""

    def __init__(self, in_dim=5, out_dim=4, include_self=False):
        super().__init__()
        self.include_self = include_self
        self.encoder = nn.Dense(in_dim, out_dim)

    def neighbors(self, adj, seed):
        row = adj[seed]
        idx = ops.nonzero(row > 0).reshape(-1)
        return idx

    def construct(self, features, adj, seed):
        nbr = self.neighbors(adj, seed)
        nbr_feats = ops.gather(features, nbr, 0)
        agg = nbr_feats.mean(axis=0)
        if self.include_self:
            agg = agg + features[seed]
        return self.encoder(agg.expand_dims(0))


def make():
    np.random.seed(0)
    feats = Tensor(np.random.randn(6, 5).astype(np.float32))
    adj = (np.random.rand(6, 6) > 0.5).astype(np.float32)
    adj[2, 3] = 1.0
    return SeedNeighborhoodEncoder(), (feats, Tensor(adj), Tensor(2, ms.int32))

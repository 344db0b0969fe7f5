# case: aggregate joint apertures over a dense fracture-intersection adjacency matrix between block faces -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def row_normalize(adj, eps=1e-6):
    deg = adj.sum(axis=1, keepdims=True)
    return adj / (deg + eps)


class FractureNetworkAggregator(nn.Cell):
    def __init__(self, n_feats=4, n_layers=2):
        super().__init__()
        self.layers = nn.CellList([nn.Dense(n_feats, n_feats) for _ in range(n_layers)])
        self.act = nn.Tanh()

    def construct(self, aperture_adj, face_feats):
        a = row_normalize(aperture_adj)
        h = face_feats
        for layer in self.layers:
            h = self.act(ops.matmul(a, layer(h))) + h
        return h


def make():
    np.random.seed(62)
    adj = np.random.uniform(0.1, 2.0, (12, 12)) * (np.random.rand(12, 12) > 0.7)
    feats = np.random.randn(12, 4)
    return FractureNetworkAggregator(), (Tensor(adj.astype(np.float32)), Tensor(feats.astype(np.float32)))

# case: temporal graph conv over snippets whose adjacency is a COOTensor built from similarity-thresholded edge indices -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseTemporalGCN(nn.Cell):
    """G-TAD-style graph layer: edges link snippets whose features are similar."""

    def __init__(self, feat_dim=12, sim_thr=0.2):
        super().__init__()
        self.weight = nn.Dense(feat_dim, feat_dim, has_bias=False)
        self.sim_thr = sim_thr

    def build_adjacency(self, feats):
        n = feats.shape[0]
        normed = feats / ops.norm(feats, dim=-1, keepdim=True)
        sim = ops.matmul(normed, normed.T)
        edges = ops.nonzero(sim > self.sim_thr).astype(ms.int32)
        values = ops.gather_nd(sim, edges)
        return COOTensor(edges, values, (n, n))

    def construct(self, feats):
        adj = self.build_adjacency(feats)
        h = self.weight(feats)
        dense_adj = adj.to_dense()
        agg = ops.matmul(dense_adj, h)
        deg = dense_adj.sum(-1, keepdims=True)
        return ops.relu(agg / deg)


def make():
    np.random.seed(12)
    feats = Tensor(np.random.randn(7, 12).astype(np.float32))
    return SparseTemporalGCN(), (feats,)

# case: graph-based sketch encoder builds a sparse COO adjacency linking consecutive pen points and aggregates neighbour features through it -> sparse tensors in construct, expect Graph mode (CPU) to refuse or fall back
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GraphSketchConfig:
    def __init__(self, feat_dim=3, hidden_size=8, self_loops=True):
        self.feat_dim = feat_dim
        self.hidden_size = hidden_size
        self.self_loops = self_loops


class SparseNeighbourAggregate(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.lin = nn.Dense(config.feat_dim, config.hidden_size)
        self.self_loops = config.self_loops

    def construct(self, feats, edge_index, edge_weight):
        n = feats.shape[0]
        adj = ms.COOTensor(edge_index, edge_weight, (n, n))
        h = self.lin(feats)
        agg = ops.matmul(adj.to_dense(), h)
        if self.self_loops:
            agg = agg + h
        return agg


def chain_edges(num_points):
    src = np.arange(num_points - 1)
    rows = np.concatenate([src, src + 1])
    cols = np.concatenate([src + 1, src])
    return np.stack([rows, cols], axis=1).astype(np.int32)


def make():
    np.random.seed(3708)
    n = 16
    feats = Tensor(np.random.randn(n, 3).astype(np.float32))
    edges = chain_edges(n)
    weights = Tensor(np.ones(edges.shape[0], dtype=np.float32) * 0.5)
    return SparseNeighbourAggregate(GraphSketchConfig()), (feats, Tensor(edges), weights)

# case: graph-based layout module links OCR tokens that share a text line through a COOTensor adjacency and aggregates neighbour features with a sparse matmul -> sparse tensor built and used in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GraphLayoutConfig:
    def __init__(self, hidden_size=16, line_tolerance=8, self_loops=True):
        self.hidden_size = hidden_size
        self.line_tolerance = line_tolerance
        self.self_loops = self_loops


class LineGraphAggregator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.msg = nn.Dense(config.hidden_size, config.hidden_size)
        self.self_loops = config.self_loops

    def _adjacency(self, edge_index, num_tokens):
        values = ops.ones(edge_index.shape[0], ms.float32)
        return ms.COOTensor(edge_index, values, (num_tokens, num_tokens))

    def construct(self, token_feats, edge_index):
        n = token_feats.shape[0]
        adj = self._adjacency(edge_index, n)
        neigh = ops.matmul(adj.to_dense(), self.msg(token_feats))
        if self.self_loops:
            neigh = neigh + token_feats
        return neigh


def make():
    np.random.seed(20)
    feats = Tensor(np.random.randn(6, 16).astype(np.float32))
    edges = Tensor(np.array([[0, 1], [1, 0], [1, 2], [2, 1], [3, 4], [4, 3], [4, 5], [5, 4]], np.int32))
    return LineGraphAggregator(GraphLayoutConfig()), (feats, edges)

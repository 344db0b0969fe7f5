# case: directed-graph layer that appends reversed edges only if a tensor check finds the graph asymmetric, so the two branches give different edge counts -> data-dependent branch shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DirConfig:
    hidden = 16
    to_undirected = "auto"


def is_symmetric(adj):
    return ops.reduce_sum(ops.abs(adj - adj.T)) == 0


class UndirectedConv(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.mode = config.to_undirected
        self.lin = nn.Dense(config.hidden, config.hidden)

    def prepare_edges(self, edge_index, adj):
        if self.mode == "never":
            return edge_index
        if self.mode == "auto" and is_symmetric(adj):
            return edge_index
        rev = ops.stack((edge_index[1], edge_index[0]))
        return ops.concat((edge_index, rev), axis=1)

    def construct(self, x, edge_index, adj):
        edge_index = self.prepare_edges(edge_index, adj)
        msg = x[edge_index[0]]
        out = ops.unsorted_segment_sum(msg, edge_index[1], x.shape[0])
        return self.lin(out), edge_index.shape[1]


def make():
    np.random.seed(3458)
    n, e = 10, 16
    ei = np.random.randint(0, n, size=(2, e)).astype(np.int32)
    adj = np.zeros((n, n), np.float32)
    adj[ei[0], ei[1]] = 1.0
    x = Tensor(np.random.randn(n, 16).astype(np.float32))
    return UndirectedConv(DirConfig()), (x, Tensor(ei), Tensor(adj))

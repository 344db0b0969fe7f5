# case: message-passing layer that converts the thresholded road adjacency to an edge list with ops.nonzero and aggregates neighbour features by gather + scatter-add -> nonzero output size depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MPConfig:
    def __init__(self, hidden=8, edge_threshold=0.4, aggr="sum"):
        self.hidden = hidden
        self.edge_threshold = edge_threshold
        self.aggr = aggr


def dense_to_edge_index(adj, threshold):
    idx = ops.nonzero(adj > threshold)
    weight = ops.gather_nd(adj, idx)
    return idx[:, 0], idx[:, 1], weight


class EdgeMessagePassing(nn.Cell):
    def __init__(self, in_dim, config):
        super().__init__()
        self.threshold = config.edge_threshold
        self.aggr = config.aggr
        self.msg = nn.Dense(in_dim, config.hidden)

    def construct(self, x, adj):
        src, dst, w = dense_to_edge_index(adj, self.threshold)
        h = self.msg(x)
        messages = ops.gather(h, src, 0) * w.reshape(-1, 1)
        out = ops.zeros((x.shape[0], h.shape[1]), h.dtype)
        out = ops.index_add(out, dst.astype(ms.int32), messages, 0)
        return ops.relu(out)


def make():
    np.random.seed(3829)
    x = np.random.randn(7, 4).astype(np.float32)
    adj = np.random.rand(7, 7).astype(np.float32)
    return EdgeMessagePassing(4, MPConfig()), (Tensor(x), Tensor(adj))

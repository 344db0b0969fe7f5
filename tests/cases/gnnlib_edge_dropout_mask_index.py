# case: edge dropout in training drops edges by boolean-mask indexing edge_index[:, keep] before segment-sum aggregation -> dynamic edge count in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DropEdgeConfig:
    def __init__(self, p=0.3, hidden=16, normalize=False):
        self.edge_drop = p
        self.hidden = hidden
        self.normalize = normalize


class DropEdgeMixin:
    def drop_edges(self, edge_index, edge_weight):
        if not self.training or self.edge_drop == 0.0:
            return edge_index, edge_weight
        keep = ops.rand(edge_weight.shape) >= self.edge_drop
        return edge_index[:, keep], edge_weight[keep]


class SAGEConv(nn.Cell, DropEdgeMixin):
    def __init__(self, config):
        super().__init__()
        self.edge_drop = config.edge_drop
        self.normalize = config.normalize
        self.lin_self = nn.Dense(config.hidden, config.hidden)
        self.lin_neigh = nn.Dense(config.hidden, config.hidden, has_bias=False)

    def construct(self, x, edge_index, edge_weight):
        edge_index, edge_weight = self.drop_edges(edge_index, edge_weight)
        msg = ops.gather(x, edge_index[0], 0) * edge_weight.expand_dims(1)
        agg = ops.unsorted_segment_sum(msg, edge_index[1], x.shape[0])
        out = self.lin_self(x) + self.lin_neigh(agg)
        if self.normalize:
            out = ops.L2Normalize(axis=-1)(out)
        return out


def make():
    np.random.seed(3432)
    n, e = 10, 28
    x = Tensor(np.random.randn(n, 16).astype(np.float32))
    ei = Tensor(np.random.randint(0, n, size=(2, e)).astype(np.int32))
    w = Tensor(np.ones(e, dtype=np.float32))
    net = SAGEConv(DropEdgeConfig())
    net.set_train(True)
    return net, (x, ei, w)

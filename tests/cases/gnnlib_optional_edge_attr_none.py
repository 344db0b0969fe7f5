# case: edge-conditioned conv with optional edge_attr defaulting to None and a kwargs-forwarding wrapper, called without edge features -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NNConvConfig:
    in_dim = 8
    out_dim = 16
    edge_dim = 4
    aggr = "add"


class EdgeConditionedConv(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.in_dim, self.out_dim = config.in_dim, config.out_dim
        self.edge_net = nn.Dense(config.edge_dim, config.in_dim * config.out_dim)
        self.lin = nn.Dense(config.in_dim, config.out_dim)

    def construct(self, x, edge_index, edge_attr=None):
        x_j = x[edge_index[0]]
        if edge_attr is not None:
            w = self.edge_net(edge_attr).view(-1, self.in_dim, self.out_dim)
            msg = ops.bmm(x_j.expand_dims(1), w).squeeze(1)
        else:
            msg = self.lin(x_j)
        return ops.unsorted_segment_sum(msg, edge_index[1], x.shape[0])


class ConvBlock(nn.Cell):
    def __init__(self, config, act=True):
        super().__init__()
        self.conv = EdgeConditionedConv(config)
        self.act = nn.ReLU() if act else None

    def construct(self, x, edge_index, *args, **kwargs):
        out = self.conv(x, edge_index, *args, **kwargs)
        if self.act is not None:
            out = self.act(out)
        return out


def make():
    np.random.seed(3450)
    n, e = 12, 30
    x = Tensor(np.random.randn(n, 8).astype(np.float32))
    ei = Tensor(np.random.randint(0, n, size=(2, e)).astype(np.int32))
    return ConvBlock(NNConvConfig()), (x, ei)

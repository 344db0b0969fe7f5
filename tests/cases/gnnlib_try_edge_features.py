# case: conv layer that wraps the optional edge-feature projection in try/except to fall back to plain messages on a shape mismatch -> try statement in construct, may be rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvConfig:
    hidden = 16
    edge_dim = 4
    strict_edge_dim = False


class EdgeAwareConv(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.strict = config.strict_edge_dim
        self.lin = nn.Dense(config.hidden, config.hidden)
        self.lin_edge = nn.Dense(config.edge_dim, config.hidden)

    def edge_message(self, x_j, edge_attr):
        try:
            return x_j + self.lin_edge(edge_attr)
        except ValueError:
            if self.strict:
                raise
            return x_j

    def construct(self, x, edge_index, edge_attr):
        x_j = self.lin(x)[edge_index[0]]
        msg = self.edge_message(x_j, edge_attr)
        return ops.unsorted_segment_sum(ops.relu(msg), edge_index[1], x.shape[0])


def make():
    np.random.seed(3460)
    n, e = 12, 30
    x = Tensor(np.random.randn(n, 16).astype(np.float32))
    ei = Tensor(np.random.randint(0, n, size=(2, e)).astype(np.int32))
    ea = Tensor(np.random.randn(e, 4).astype(np.float32))
    return EdgeAwareConv(ConvConfig()), (x, ei, ea)

# case: Graph WaveNet block caches the learned adaptive adjacency on self (self.cached_adj = adj) during construct for later visualisation -> attribute write of a tensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, Normal


class GWNConfig:
    def __init__(self, n_nodes=8, embed_dim=4, cache_adj=True):
        self.n_nodes = n_nodes
        self.embed_dim = embed_dim
        self.cache_adj = cache_adj


class AdaptiveGraphConv(nn.Cell):
    def __init__(self, in_dim, out_dim, config):
        super().__init__()
        self.cache_adj = config.cache_adj
        self.cached_adj = None
        self.e1 = Parameter(initializer(Normal(0.1), (config.n_nodes, config.embed_dim)), name="e1")
        self.e2 = Parameter(initializer(Normal(0.1), (config.embed_dim, config.n_nodes)), name="e2")
        self.lin = nn.Dense(in_dim, out_dim)

    def construct(self, x):
        adj = ops.softmax(ops.relu(ops.matmul(self.e1, self.e2)), axis=-1)
        if self.cache_adj:
            self.cached_adj = adj
        h = ops.matmul(adj, x)
        return self.lin(h)


def make():
    np.random.seed(3824)
    x = np.random.randn(2, 8, 5).astype(np.float32)
    return AdaptiveGraphConv(5, 6, GWNConfig()), (Tensor(x),)

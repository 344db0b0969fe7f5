# case: Graph WaveNet adaptive adjacency softmax(relu(E1 E2^T)) chosen by config.adaptive_adj, mixed with an Optional predefined support -> config-chosen branch, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, Normal


class GWNConfig:
    def __init__(self, n_nodes=10, embed_dim=4, adaptive_adj=True, add_apt_to_supports=True):
        self.n_nodes = n_nodes
        self.embed_dim = embed_dim
        self.adaptive_adj = adaptive_adj
        self.add_apt_to_supports = add_apt_to_supports


class AdaptiveAdjMixin:
    def _init_node_embeddings(self, n_nodes, dim):
        self.nodevec1 = Parameter(initializer(Normal(0.1), (n_nodes, dim), ms.float32), name="nodevec1")
        self.nodevec2 = Parameter(initializer(Normal(0.1), (dim, n_nodes), ms.float32), name="nodevec2")

    def adaptive_adjacency(self):
        return ops.softmax(ops.relu(ops.matmul(self.nodevec1, self.nodevec2)), axis=1)


class GraphWaveNetSupports(nn.Cell, AdaptiveAdjMixin):
    def __init__(self, config):
        super().__init__()
        self.adaptive_adj = config.adaptive_adj
        self.add_apt = config.add_apt_to_supports
        if self.adaptive_adj:
            self._init_node_embeddings(config.n_nodes, config.embed_dim)
        self.mix = nn.Dense(config.n_nodes, config.n_nodes, has_bias=False)

    def construct(self, x, support=None):
        supports = []
        if support is not None:
            supports.append(support)
        if self.adaptive_adj and self.add_apt:
            supports.append(self.adaptive_adjacency())
        out = x
        for a in supports:
            out = out + ops.matmul(x, a)
        return self.mix(out)


def make():
    np.random.seed(3823)
    x = np.random.randn(3, 10).astype(np.float32)
    adj = np.random.rand(10, 10).astype(np.float32)
    return GraphWaveNetSupports(GWNConfig()), (Tensor(x), Tensor(adj))

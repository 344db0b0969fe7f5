# case: GraphNorm subclassing nn.LayerNorm that normalises node features per graph with segment means, num_graphs fixed in config -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class NormConfig:
    hidden = 16
    num_graphs = 3
    eps = 1e-5
    per_graph = True


class GraphNorm(nn.LayerNorm):
    def __init__(self, config):
        super().__init__((config.hidden,), epsilon=config.eps)
        self.per_graph = config.per_graph
        self.num_graphs = config.num_graphs
        self.eps = config.eps
        self._init_mean_scale(config.hidden)

    def _init_mean_scale(self, hidden):
        self.mean_scale = Parameter(Tensor(np.ones(hidden, np.float32)), name="mean_scale")

    def segment_mean(self, x, batch):
        s = ops.unsorted_segment_sum(x, batch, self.num_graphs)
        c = ops.unsorted_segment_sum(ops.ones((x.shape[0], 1), x.dtype), batch, self.num_graphs)
        return s / ops.clamp(c, min=1.0)

    def construct(self, x, batch=None):
        if batch is None or not self.per_graph:
            return super().construct(x)
        mean = self.segment_mean(x, batch)[batch]
        out = x - mean * self.mean_scale
        var = self.segment_mean(out * out, batch)[batch]
        return self.gamma * out / ops.sqrt(var + self.eps) + self.beta


class NormedGNN(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.lin = nn.Dense(config.hidden, config.hidden)
        self.norm = GraphNorm(config)

    def construct(self, x, edge_index, batch):
        h = self.lin(x) + ops.unsorted_segment_sum(x[edge_index[0]], edge_index[1], x.shape[0])
        return ops.relu(self.norm(h, batch))


def make():
    np.random.seed(3465)
    n, e = 18, 36
    x = Tensor(np.random.randn(n, 16).astype(np.float32))
    ei = Tensor(np.random.randint(0, n, size=(2, e)).astype(np.int32))
    batch = Tensor(np.repeat(np.arange(3), 6).astype(np.int32))
    return NormedGNN(NormConfig()), (x, ei, batch)

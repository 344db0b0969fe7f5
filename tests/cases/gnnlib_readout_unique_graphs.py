# case: readout layer that counts graphs in the mini-batch with ops.unique(batch) and pools into that many segments -> dynamic number of graphs
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoolConfig:
    num_graphs = None
    hidden = 16
    out_dim = 4


class Readout(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_graphs = config.num_graphs
        self.proj = nn.Dense(config.hidden, config.out_dim)

    def _count_graphs(self, batch):
        if self.num_graphs is not None:
            return self.num_graphs
        graph_ids, _ = ops.unique(batch)
        return graph_ids.shape[0]

    def construct(self, x, batch):
        size = self._count_graphs(batch)
        pooled = ops.unsorted_segment_sum(x, batch, size)
        return self.proj(pooled)


class GraphModel(nn.Cell):
    def __init__(self, config, num_layers=2):
        super().__init__()
        self.layers = nn.CellList([nn.Dense(config.hidden, config.hidden) for _ in range(num_layers)])
        self.readout = Readout(config)

    def construct(self, x, batch):
        for layer in self.layers:
            x = ops.relu(layer(x))
        return self.readout(x, batch)


def make():
    np.random.seed(3442)
    n = 18
    x = Tensor(np.random.randn(n, 16).astype(np.float32))
    batch = Tensor(np.repeat(np.arange(3), 6).astype(np.int32))
    return GraphModel(PoolConfig()), (x, batch)

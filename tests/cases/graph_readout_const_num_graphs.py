# case: graph-level readout with ops.unsorted_segment_sum and num_graphs taken from a config default passed to __init__ (constant) -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Config:
    num_graphs = 3
    hidden = 8


class GraphReadout(nn.Cell):
    def __init__(self, cfg=Config()):
        super().__init__()
        self.num_graphs = cfg.num_graphs
        self.node_mlp = nn.Dense(cfg.hidden, cfg.hidden)
        self.cls = nn.Dense(cfg.hidden, 2)

    def construct(self, x, batch):
        h = ops.relu(self.node_mlp(x))
        summed = ops.unsorted_segment_sum(h, batch, self.num_graphs)
        counts = ops.unsorted_segment_sum(ops.ones_like(h[:, :1]), batch, self.num_graphs)
        return self.cls(summed / ops.maximum(counts, 1.0))


def make():
    x = Tensor(np.random.randn(7, 8).astype(np.float32))
    batch = Tensor(np.array([0, 0, 0, 1, 1, 2, 2], np.int32))
    return GraphReadout(), (x, batch)

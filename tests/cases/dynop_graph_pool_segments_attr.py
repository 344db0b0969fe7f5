# case: GNN readout with a fixed number of graphs per batch set in __init__ (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from mindspore.ops import operations as P


class GraphReadout(nn.Cell):
    def __init__(self, dim=6, graphs_per_batch=3):
        super().__init__()
        self.node_mlp = nn.SequentialCell([nn.Dense(dim, dim), nn.ReLU()])
        self.seg_sum = P.UnsortedSegmentSum()
        self.num_graphs = graphs_per_batch
        self.out = nn.Dense(dim, 1)

    def construct(self, node_x, batch):
        h = self.node_mlp(node_x)
        pooled = self.seg_sum(h, batch, self.num_graphs)
        counts = self.seg_sum(ops.ones_like(h[:, :1]), batch, self.num_graphs)
        return self.out(pooled / ops.maximum(counts, 1.0))


def make():
    x = Tensor(np.random.randn(7, 6).astype(np.float32))
    batch = Tensor(np.array([0, 0, 0, 1, 1, 2, 2], np.int32))
    return GraphReadout(), (x, batch)

# case: GNN readout sums node features per graph with num_segments = batch.max() + 1
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GraphReadout(nn.Cell):
    def __init__(self, dim=6):
        super().__init__()
        self.node_mlp = nn.SequentialCell([nn.Dense(dim, dim), nn.ReLU()])
        self.out = nn.Dense(dim, 1)

    def construct(self, node_x, batch):
        h = self.node_mlp(node_x)
        num_graphs = batch.max() + 1
        pooled = ops.unsorted_segment_sum(h, batch, num_graphs)
        return self.out(pooled)


def make():
    x = Tensor(np.random.randn(7, 6).astype(np.float32))
    batch = Tensor(np.array([0, 0, 0, 1, 1, 2, 2], np.int32))
    return GraphReadout(), (x, batch)

# case: graph readout sums node features per graph with num_segments taken from the batch vector -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GraphReadout(nn.Cell):
    def __init__(self, node_dim=6, out_dim=2, readout="sum"):
        super().__init__()
        self.readout = readout
        self.pre = nn.Dense(node_dim, node_dim)
        self.post = nn.Dense(node_dim, out_dim)

    @staticmethod
    def count_graphs(batch):
        return batch.max() + 1

    def construct(self, node_feats, batch):
        h = ops.relu(self.pre(node_feats))
        num_graphs = self.count_graphs(batch)
        pooled = ops.unsorted_segment_sum(h, batch, num_graphs)
        if self.readout == "mean":
            counts = ops.unsorted_segment_sum(ops.ones_like(h[:, :1]), batch, num_graphs)
            pooled = pooled / ops.maximum(counts, 1.0)
        return self.post(pooled)


def make():
    np.random.seed(15)
    feats = Tensor(np.random.randn(7, 6).astype(np.float32))
    batch = Tensor(np.array([0, 0, 0, 1, 1, 2, 2], dtype=np.int32))
    return GraphReadout(), (feats, batch)

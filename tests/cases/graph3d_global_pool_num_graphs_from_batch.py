# case: per-graph mean readout where num_graphs = int(batch.max()) + 1 -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GINReadout(nn.Cell):
    def __init__(self, in_dim=8, hidden=16, num_classes=3, eps=0.0):
        super().__init__()
        self.eps = eps
        self.mlp = nn.SequentialCell([nn.Dense(in_dim, hidden), nn.ReLU(), nn.Dense(hidden, hidden)])
        self.head = nn.Dense(hidden, num_classes)

    def gin_layer(self, x, edge_index):
        agg = ops.unsorted_segment_sum(ops.gather(x, edge_index[0], 0), edge_index[1], x.shape[0])
        return self.mlp((1 + self.eps) * x + agg)

    def global_mean_pool(self, h, batch):
        num_graphs = int(batch.max()) + 1
        total = ops.unsorted_segment_sum(h, batch, num_graphs)
        count = ops.unsorted_segment_sum(ops.ones((h.shape[0], 1), ms.float32), batch, num_graphs)
        return total / count

    def construct(self, x, edge_index, batch):
        h = self.gin_layer(x, edge_index)
        return self.head(self.global_mean_pool(h, batch))


def make():
    np.random.seed(11)
    x = Tensor(np.random.randn(12, 8).astype(np.float32))
    ei = Tensor(np.random.randint(0, 12, size=(2, 30)).astype(np.int32))
    batch = Tensor(np.repeat(np.arange(3), 4).astype(np.int32))
    return GINReadout(), (x, ei, batch)

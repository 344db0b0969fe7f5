# case: PyG-style global_add_pool computes num_graphs = batch.max() + 1 from the batch vector for unsorted_segment_sum -> dynamic shape at line 9
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def global_add_pool(x, batch, size=None):
    num_graphs = batch.max() + 1 if size is None else size
    return ops.unsorted_segment_sum(x, batch, num_graphs)


def global_mean_pool(x, batch, size=None):
    summed = global_add_pool(x, batch, size)
    ones = ops.ones((x.shape[0], 1), x.dtype)
    counts = global_add_pool(ones, batch, size)
    return summed / counts.clamp(min=1.0)


class GraphReadout(nn.Cell):
    def __init__(self, in_dim=6, hidden=8, num_classes=3, pool="mean"):
        super().__init__()
        self.node_mlp = nn.SequentialCell(nn.Dense(in_dim, hidden), nn.ReLU())
        self.head = nn.Dense(hidden, num_classes)
        self.pool = pool

    def construct(self, x, batch):
        h = self.node_mlp(x)
        if self.pool == "mean":
            g = global_mean_pool(h, batch)
        else:
            g = global_add_pool(h, batch)
        return self.head(g)


def make():
    np.random.seed(16)
    x = np.random.randn(7, 6).astype(np.float32)
    batch = np.array([0, 0, 0, 1, 1, 2, 2], dtype=np.int32)
    return GraphReadout(), (Tensor(x), Tensor(batch))

# case: graph-level readout uses ops.unsorted_segment_max over the batch vector with num_segments = int(batch[-1]) + 1 from data -> dynamic or error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GraphReadout(nn.Cell):
    def __init__(self, dim=8, out=2):
        super().__init__()
        self.node_mlp = nn.Dense(dim, dim)
        self.cls = nn.Dense(dim, out)

    def construct(self, x, batch):
        h = ops.relu(self.node_mlp(x))
        num_graphs = int(batch[-1]) + 1
        pooled = ops.unsorted_segment_max(h, batch, num_graphs)
        return self.cls(pooled)


def make():
    x = Tensor(np.random.randn(7, 8).astype(np.float32))
    batch = Tensor(np.array([0, 0, 0, 1, 1, 2, 2], np.int32))
    return GraphReadout(), (x, batch)

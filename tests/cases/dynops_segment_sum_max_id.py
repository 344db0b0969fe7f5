# case: graph pooling sums node features per graph with num_segments = batch.max() + 1 taken from the tensor; expect dynamic or error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GlobalAddPool(nn.Cell):
    def construct(self, x, batch):
        num_graphs = batch.max() + 1
        return ops.unsorted_segment_sum(x, batch, num_graphs)


class GNNReadout(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.lin = nn.Dense(hidden, hidden)
        self.pool = GlobalAddPool()
        self.out = nn.Dense(hidden, 1)

    def construct(self, x, batch):
        h = ops.relu(self.lin(x))
        g = self.pool(h, batch)
        return self.out(g)


def make():
    x = Tensor(np.ones((7, 8), np.float32))
    batch = Tensor(np.array([0, 0, 0, 1, 1, 2, 2], np.int32))
    return GNNReadout(), (x, batch)

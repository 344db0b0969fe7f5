# case: graph pooling with unsorted_segment_sum where num_segments comes from a constructor int; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MAX_GRAPHS = 4


class GlobalAddPool(nn.Cell):
    def __init__(self, num_graphs=MAX_GRAPHS):
        super().__init__()
        self.num_graphs = num_graphs

    def construct(self, x, batch):
        return ops.unsorted_segment_sum(x, batch, self.num_graphs)


class GNNReadout(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.lin = nn.Dense(hidden, hidden)
        self.pool = GlobalAddPool()
        self.out = nn.Dense(hidden, 1)

    def construct(self, x, batch):
        h = ops.relu(self.lin(x))
        return self.out(self.pool(h, batch))


def make():
    x = Tensor(np.ones((7, 8), np.float32))
    batch = Tensor(np.array([0, 0, 0, 1, 1, 2, 2], np.int32))
    return GNNReadout(), (x, batch)

# case: global max pooling where num_graphs = unique(batch).shape[0] computed from data; expect error (num_segments unknown, -1) at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GlobalMaxPool(nn.Cell):
    def construct(self, x, batch):
        graphs, _ = ops.unique(batch)
        num_graphs = graphs.shape[0]
        return ops.unsorted_segment_max(x, batch, num_graphs)


class Readout(nn.Cell):
    def __init__(self):
        super().__init__()
        self.pool = GlobalMaxPool()
        self.head = nn.Dense(5, 2)

    def construct(self, x, batch):
        return self.head(self.pool(x, batch))


def make():
    batch = Tensor(np.repeat(np.arange(3), [4, 4, 2]).astype(np.int32))
    x = Tensor(np.random.RandomState(17).randn(10, 5).astype(np.float32))
    return Readout(), (x, batch)
